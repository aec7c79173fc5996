package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cleave.node.cli.StartOptions;
import dev.cleave.runtime.Invocation;
import dev.cleave.runtime.JsRuntime;
import dev.cleave.runtime.RuntimeConfig;

/**
 * browser-client's modules, run in GraalJS, against a real node: what a browser sees of values,
 * Jitar's errors, a custom error it has no class for, and a refusal by the node.
 */
class BrowserClientIT {
    /** The repository root: the driver imports browser-client's files from their source folder. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    @TempDir
    static Path dir;
    static NodeAgent node;
    static JsRuntime browser;
    static int port;

    @BeforeAll
    static void start() {
        Path release = TestProjects.build(Path.of("src/test/resources/projects/wire").toAbsolutePath(), dir);
        port = TestNodes.freePort();
        Path service = TestNodes.serviceFile(dir, port, "", "standalone", "{}");
        node = NodeAgent.start(new StartOptions(service, null, "info", StartOptions.DEFAULT_BODY_LIMIT, release, 1,
                Duration.ofSeconds(10)), release);
        browser = JsRuntime.create(RuntimeConfig.of(ROOT).withLoops(1));
    }

    @AfterAll
    static void stop() {
        browser.close();
        node.stop("test over");
    }

    private static Object call(String export, Object... args) {
        return browser.invoke(Invocation.of("node-agent/src/test/resources/apps/browser/calls", export, args)).join();
    }

    @Test
    void getsValuesBackAsTheirOwnKinds() {
        assertThat(call("values", port)).isEqualTo(Map.of("isDate", true, "time", 0, "one", "one", "big", "12", "hasA", true));
    }

    @Test
    void catchesEveryJitarErrorAsItsClassWithItsStatus() {
        Map<String, Integer> statuses = Map.of("BadRequest", 400, "Unauthorized", 401, "PaymentRequired", 402,
                "Forbidden", 403, "NotFound", 404, "Teapot", 418, "TooManyRequests", 429, "NotImplemented", 501, "ServerError", 500);
        Map<?, ?> seen = (Map<?, ?>) call("errors", port, List.copyOf(statuses.keySet()));
        statuses.forEach((kind, status) -> {
            Map<?, ?> error = (Map<?, ?>) seen.get(kind);
            assertThat(error.get("isClass")).as(kind).isEqualTo(true);
            assertThat(error.get("name")).as(kind).isEqualTo(kind);
            assertThat(error.get("status")).as(kind).isEqualTo(status);
        });
        assertThat(((Map<?, ?>) seen.get("NotFound")).get("message")).isEqualTo("nowhere");
    }

    @Test
    void getsErrorsItHasNoClassForWithMessageAndStatus() {
        Map<?, ?> seen = (Map<?, ?>) call("errors", port, List.of("OutOfStock", "TypeError"));
        assertThat(seen.get("OutOfStock")).isEqualTo(Map.of("isClass", false, "name", "OutOfStock", "message", "apples", "status", 400));
        // an error the server did not mean for callers arrives as a ServerError with a reference
        Map<?, ?> unexpected = (Map<?, ?>) seen.get("TypeError");
        assertThat(unexpected.get("name")).isEqualTo("ServerError");
        assertThat(unexpected.get("status")).isEqualTo(500);
        assertThat((String) unexpected.get("message")).matches("Server error \\(reference [0-9a-f]{8}\\)");
    }

    @Test
    void catchesARefusalOfTheNodeAsNotFound() {
        Map<?, ?> seen = (Map<?, ?>) call("unknownProcedure", port);
        assertThat(seen.get("notFound")).isEqualTo(true);
        assertThat(seen.get("status")).isEqualTo(404);
    }
}
