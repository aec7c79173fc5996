package dev.cleave.segmenter.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.cleave.segmenter.BuildResult;
import dev.cleave.segmenter.Segmenter;
import dev.cleave.segmenter.TestApps;
import dev.cleave.segmenter.config.ProjectConfigLoader;

/** The release's front end of app {@code storefront}: what {@code webui/} holds after a build. */
class BrowserBundleTest {
    @TempDir
    static Path dir;
    static Path project;
    static BuildResult result;
    static Map<String, String> webui;

    @BeforeAll
    static void build() {
        project = TestApps.copy("storefront", dir);
        result = new Segmenter().build(ProjectConfigLoader.find(project));
        webui = TestApps.files(project.resolve("dist/webui"));
    }

    @Test
    void writesThePageTheBundleItsSourceMapAndTheFrontEndsOtherFiles() {
        assertThat(webui.keySet()).contains("index.html", "app.js", "app.js.map", "app.css", "favicon.txt", "img/logo.svg")
                .noneMatch(name -> name.endsWith(".ts"));
        assertThat(webui.keySet().stream().filter(name -> name.startsWith("assets/logo-") && name.endsWith(".svg")))
                .hasSize(1);
    }

    @Test
    void pointsThePageAtTheBundleAndLeavesTheRestAsWritten() throws IOException {
        String original = Files.readString(TestApps.source("storefront").resolve("webui/index.html"));
        String expected = original.replace("src=\"./main.ts\"></script>\n</body>", "src=\"/app.js\"></script>\n</body>")
                .replace("</head>", "<link rel=\"stylesheet\" href=\"/app.css\">\n</head>");
        assertThat(webui.get("index.html")).isEqualTo(expected).contains("<!-- <script type=\"module\" src=\"./old.ts\">");
    }

    @Test
    void turnsImportsOfProceduresIntoCallsOfTheServer() {
        String app = webui.get("app.js");
        assertThat(app).contains("__run(\"greet/hello\", \"0.0.0\", { name })")
                .contains("__run(\"shapes/makePoint\", \"1.2.0\", { x, scale })")
                .contains("__run(\"admin/secret\", \"0.0.0\", {})")
                .contains("procedure 'shapes/origin' is private to its segment and cannot be called from the browser")
                .doesNotContain("server says hello to", "the server-only secret");
    }

    @Test
    void bundlesSharedCodeTheOtherExportsOfAProcedureModulePackagesAndTheClient() {
        String app = webui.get("app.js");
        assertThat(app).contains("toUpperCase()", "var UNIT = 1", "tiny-case:", "function createClient")
                .contains("/assets/logo-");
        assertThat(webui.get("app.css")).contains("rebeccapurple");
    }

    @Test
    void registersTheReleasesClassesWithTheClientBeforeThePageRuns() {
        String app = webui.get("app.js");
        assertThat(app).contains("key: \"shapes/Point\"", "parameters: [\"x\", \"y\"]", "length()");
        assertThat(app.indexOf("key: \"shapes/Point\"")).isLessThan(app.indexOf("async function run("));
    }

    @Test
    void namesTheSourcesInTheMapAsTheProjectDoesWithTheirText() throws IOException {
        JsonNode map = new ObjectMapper().readTree(webui.get("app.js.map"));
        assertThat(map.get("sources")).extracting(JsonNode::asText)
                .contains("webui/main.ts", "src/shapes/format.ts", "src/shapes/points.__local__.ts",
                        "node_modules/tiny-case/index.js", "node_modules/cleave/client.mjs");
        int main = 0;
        while (!map.get("sources").get(main).asText().equals("webui/main.ts")) {
            main++;
        }
        assertThat(map.get("sourcesContent").get(main).asText())
                .isEqualTo(Files.readString(TestApps.source("storefront").resolve("webui/main.ts")));
        assertThat(webui.get("app.js").strip()).endsWith("//# sourceMappingURL=/app.js.map");
    }

    @Test
    void leavesNoWorkFolderInTheProject() throws IOException {
        try (Stream<Path> files = Files.list(project)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".cleave-bundle"));
        }
    }

    @Test
    void bundlesAFrontEndThatLivesInTheSourceFolder() throws IOException {
        Path inside = TestApps.copy("storefront", dir.resolve("inside"));
        Files.move(inside.resolve("webui"), inside.resolve("src/webui"));
        Path main = inside.resolve("src/webui/main.ts");
        Files.writeString(main, Files.readString(main).replace("'../src/", "'../"));
        Files.writeString(inside.resolve("cleave.json"), "{ \"frontend\": { \"index\": \"./src/webui/index.html\" } }");
        new Segmenter().build(ProjectConfigLoader.find(inside));
        Map<String, String> built = TestApps.files(inside.resolve("dist/webui"));
        assertThat(built.get("app.js")).contains("__run(\"greet/hello\", \"0.0.0\", { name })", "key: \"shapes/Point\"");
        assertThat(built.keySet()).contains("index.html", "app.css", "favicon.txt").noneMatch(name -> name.endsWith(".ts"));
    }

    @Test
    void namesTheSourcesOfTheStylesheetsMapAsTheProjectDoes() throws IOException {
        JsonNode map = new ObjectMapper().readTree(webui.get("app.css.map"));
        assertThat(map.get("sources")).extracting(JsonNode::asText).containsExactly("webui/style.css");
    }

    @Test
    void removesTheWorkFolderOfABuildThatDied() throws IOException {
        Path again = TestApps.copy("storefront", dir.resolve("died"));
        Path leftover = Files.createDirectories(again.resolve(".cleave-bundle-999999999/src"));
        Files.writeString(leftover.resolve("x.ts"), "");
        new Segmenter().build(ProjectConfigLoader.find(again));
        assertThat(again.resolve(".cleave-bundle-999999999")).doesNotExist();
    }

    @Test
    void givesTheSameReleaseIdForTheSameInputs() {
        Path again = TestApps.copy("storefront", dir.resolve("again"));
        assertThat(new Segmenter().build(ProjectConfigLoader.find(again)).releaseId()).isEqualTo(result.releaseId());
    }
}
