package dev.cleave.segmenter.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cleave.segmenter.BuildException;
import dev.cleave.segmenter.Segmenter;
import dev.cleave.segmenter.TestApps;
import dev.cleave.segmenter.config.ProjectConfigLoader;

/** A front end that cannot be built: each message names the file, the place and the fix; nothing is written. */
class FrontendErrorsTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void copy() {
        project = TestApps.copy("storefront", dir);
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(project.resolve(file), text);
    }

    private String failure() throws IOException {
        try {
            new Segmenter().build(ProjectConfigLoader.find(project));
        } catch (BuildException e) {
            assertThat(project.resolve("dist")).as("nothing is written on error").doesNotExist();
            assertThat(project.resolve("webui/dist")).as("nothing is written on error").doesNotExist();
            try (Stream<Path> files = Files.list(project)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".cleave-bundle"));
            }
            return e.getMessage();
        }
        throw new AssertionError("the build did not fail");
    }

    @Test
    void namesAnImportedPackageThatIsNotInstalledAndHowToInstallIt() throws IOException {
        write("webui/main.ts", "import pad from 'left-pad/lib';\nconsole.log(pad);\n");
        assertThat(failure()).isEqualTo("webui/main.ts:1:16: Could not resolve \"left-pad/lib\" — install the package"
                + " into the project (npm install left-pad) or fix the import\n    import pad from 'left-pad/lib';");
    }

    @Test
    void saysThatANodeModuleIsNotInTheBrowser() throws IOException {
        write("webui/main.ts", "import { readFileSync } from 'node:fs';\nconsole.log(readFileSync);\n");
        assertThat(failure()).isEqualTo("webui/main.ts:1:29: Could not resolve \"node:fs\" — 'node:fs' is a Node.js module,"
                + " which browsers do not have: keep that code on the server (in a procedure) and import the procedure"
                + "\n    import { readFileSync } from 'node:fs';");
    }

    @Test
    void saysThatAServerModuleOfCleaveIsNotInTheBrowser() throws IOException {
        write("webui/main.ts", "import { NODE } from 'cleave/node';\nconsole.log(NODE);\n");
        assertThat(failure()).startsWith("webui/main.ts:1:21: Could not resolve \"cleave/node\" — the browser has only"
                + " 'cleave' and 'jitar' (the browser client) and 'cleave/remote'; 'cleave/node' is for code on the server:"
                + " import it from a procedure");
    }

    @Test
    void namesAFrontEndImportThatPointsNowhere() throws IOException {
        write("webui/main.ts", "import { x } from '../src/nowhere';\nconsole.log(x);\n");
        assertThat(failure()).startsWith("webui/main.ts:1:18: Could not resolve \"../src/nowhere\" — fix the import path"
                + " or add the module");
    }

    @Test
    void namesASyntaxErrorInFrontEndCode() throws IOException {
        write("webui/main.ts", "const a = ;\n");
        assertThat(failure()).startsWith("webui/main.ts:1:10: Unexpected \";\" — fix the code there");
    }

    @Test
    void namesAPageWithoutAModuleScript() throws IOException {
        write("webui/index.html", "<html><body><script src=\"./main.ts\"></script></body></html>");
        assertThat(failure()).isEqualTo("webui/index.html: no <script type=\"module\" src=\"...\"> — add the front end's"
                + " entry script, e.g. <script type=\"module\" src=\"./main.ts\"></script>");
    }

    @Test
    void namesAPageWithTwoModuleScripts() throws IOException {
        write("webui/index.html", "<script type=module src=a.ts></script><script type='module' src='./main.ts'></script>");
        assertThat(failure()).isEqualTo("webui/index.html: 2 module scripts [a.ts, ./main.ts] — keep one entry script and"
                + " import the others from it");
    }

    @Test
    void namesAModuleScriptThatDoesNotExist() throws IOException {
        write("webui/index.html", "<script type=\"module\" src=\"./app.ts\"></script>");
        assertThat(failure()).isEqualTo("webui/index.html: the module script './app.ts' does not exist (looked for"
                + " webui/app.ts) — fix the src or create the script");
    }

    @Test
    void namesAPageThatDoesNotExist() throws IOException {
        write("cleave.json", "{ \"frontend\": { \"index\": \"./web/index.html\" } }");
        assertThat(failure()).isEqualTo("cleave.json: \"frontend\" → \"index\" './web/index.html' does not exist (looked"
                + " for web/index.html) — fix the path (relative to cleave.json) or create the page");
    }

    @Test
    void refusesAPageInTheProjectFolderItself() throws IOException {
        Files.copy(project.resolve("webui/index.html"), project.resolve("index.html"));
        write("cleave.json", "{ \"frontend\": { \"index\": \"./index.html\" } }");
        assertThat(failure()).startsWith("cleave.json: \"frontend\" → \"index\" './index.html' must be in a folder of its"
                + " own inside the project");
    }

    @Test
    void refusesATargetInsideTheFrontEndsFolder() throws IOException {
        write("cleave.json", "{ \"target\": \"./webui/dist\", \"frontend\": { \"index\": \"./webui/index.html\" } }");
        assertThat(failure()).startsWith("cleave.json: \"frontend\" → \"index\" './webui/index.html' must be in a folder of"
                + " its own inside the project");
    }

    @Test
    void refusesAnUnknownKeyOfTheFrontEnd() throws IOException {
        write("cleave.json", "{ \"frontend\": { \"index\": \"./webui/index.html\", \"entry\": \"./webui/main.ts\" } }");
        assertThat(failure()).isEqualTo("cleave.json: unknown key 'entry' in 'frontend' — the allowed keys are index;"
                + " remove or rename it");
    }

    @Test
    void refusesAFrontEndWithoutItsPage() throws IOException {
        write("cleave.json", "{ \"frontend\": {} }");
        assertThat(failure()).isEqualTo("cleave.json: \"frontend\" needs \"index\", the path of the front end's page"
                + " — write \"frontend\": { \"index\": \"./webui/index.html\" }");
    }
}
