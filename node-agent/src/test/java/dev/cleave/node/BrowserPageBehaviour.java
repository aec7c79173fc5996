package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front end of test app {@code projects/webapp} in a real headless Chromium: its page imports
 * procedures, the build made those imports calls of the server, and the page renders what each
 * call gave. The same tests run against one node ({@link OneNodeBrowserPageIT}) and against a
 * cluster behind a proxy ({@link ClusterBrowserPageIT}); subclasses start the nodes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserPageBehaviour {
    static final Path PROJECT = Path.of("src/test/resources/projects/webapp").toAbsolutePath();
    static final String TRUST_KEY = "cleave-test-trust-key-0123456789abcdef";
    static final String[] SCENARIOS = {"hello", "point", "not-found", "secret", "nodes"};

    Chromium chromium;

    /** Starts the nodes of the release {@code release}; {@code dir} is for service files. */
    abstract void startNodes(Path release, Path dir);

    abstract void stopNodes();

    /** The port the browser opens the page at. */
    abstract int entry();

    /** The ports of nodes that host segment web and segment far. */
    abstract int webNode();

    abstract int farNode();

    @BeforeAll
    void openThePage(@TempDir Path dir) {
        startNodes(TestProjects.build(PROJECT, dir), dir);
        chromium = new Chromium(dir);
        chromium.openAndAwait("http://127.0.0.1:" + entry() + "/", SCENARIOS);
    }

    @AfterAll
    void stop() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            stopNodes();
        }
    }

    @Test
    void servesThePagePointingAtTheBundleAndItsSourceMap() {
        assertThat(TestNodes.get(entry(), "/").body()).contains("<script type=\"module\" src=\"/app.js\"></script>");
        HttpResponse<String> map = TestNodes.get(entry(), "/app.js.map");
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.body()).contains("\"webui/main.ts\"");
    }

    @Test
    void runsAPublicProcedureFromThePageAndRendersTheResult() {
        assertThat(chromium.text("hello")).isEqualTo("«Hello Ann, from the server»");
    }

    @Test
    void getsAnInstanceOfARegisteredClassBackWithItsMethods() {
        assertThat(chromium.text("point")).isEqualTo("true 5");
    }

    @Test
    void catchesANotFoundOfTheServerAsNotFound() {
        assertThat(chromium.text("not-found")).isEqualTo("true 404 no point named 'nowhere'");
    }

    @Test
    void isRefusedAProtectedProcedure() {
        assertThat(chromium.text("secret")).isEqualTo("refused: Unauthorized 401");
    }

    @Test
    void reachesEachSegmentOnTheNodeThatHostsIt() {
        assertThat(chromium.text("nodes")).isEqualTo("web=" + nodeId(webNode(), "web/where") + " far="
                + nodeId(farNode(), "far/where"));
    }

    /** The id a node gives itself, asked over HTTP directly. */
    static String nodeId(int port, String fqn) {
        HttpResponse<String> response = TestNodes.post(port, fqn, "{}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
