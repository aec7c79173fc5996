package dev.cleave.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.cleave.runtime.JsRuntime;

/** The bounded request pool of {@code pool.mjs}, without HTTP. */
class BrowserPoolTest {
    private static JsRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = ClientScripts.runtime();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void runsInOrderOfArrivalFreesAPlaceOnFailureAndGrowsOnResize() {
        assertThat(ClientScripts.call(runtime, "pool", "ordersFreesAndResizes")).isEqualTo(Map.of(
                "first", Map.of("started", List.of(0), "active", 1, "queued", 3),
                "failed", "first failed",
                "afterFailure", List.of(0, 1),
                "afterResize", Map.of("started", List.of(0, 1, 2, 3), "active", 3, "queued", 0),
                "results", List.of("done 1", "done 2", "done 3"),
                "end", Map.of("active", 0, "queued", 0)));
    }
}
