package dev.cleave.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.cleave.node.NodeAgent;
import dev.cleave.node.cli.StartOptions;

/**
 * The base of the domain tests: the demo's functions on Cleave's runtime in this JVM, one
 * standalone node per test class with a fresh, empty state folder (no seed), called as the
 * browser calls them (HTTP API, bearer token, the session middleware). Each test makes its own
 * creators, so tests do not depend on each other's data.
 */
abstract class DomainTest {
    static final String PASSWORD = "correct-horse";
    private static final AtomicInteger NAMES = new AtomicInteger();
    static final String RUN = Long.toString(System.nanoTime() % 46656, 36);

    /** What ./cleave demo allows: a 1 MB photo is about 3.6 MB of JSON numbers. */
    static final long BODY_LIMIT = 8L << 20;

    @TempDir
    static Path dir;
    static NodeAgent node;
    static Api api;

    record Person(String token, String id, String nickname) {}

    @BeforeAll
    static void startNode() {
        Path release = DemoRelease.get();
        int port = ServiceFiles.freePort();
        Path service = ServiceFiles.copy("standalone.json", dir, port, null, false);
        node = NodeAgent.start(new StartOptions(service, null, "warn", BODY_LIMIT, release, 2, Duration.ofSeconds(30)), release);
        api = new Api(port);
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.stop("test over");
        }
    }

    /** A new nickname, unique in this run. */
    static String nickname(String stem) {
        return (stem + "_" + RUN + NAMES.incrementAndGet()).toLowerCase();
    }

    static Person signUp(String stem) {
        String nickname = nickname(stem);
        JsonNode session = api.ok(null, "authentication/signUp", Map.of("nickname", nickname, "fullName", "Person " + stem, "password", PASSWORD));
        return new Person(session.get("token").asText(), session.get("creator").get("id").asText(), nickname);
    }

    static Map<String, Object> bubblePanel(String text) {
        return Map.of("background", Map.of("kind", "scene", "value", "park"), "elements", List.of(
                Map.of("kind", "bubble", "text", text, "x", 10, "y", 10, "width", 40, "height", 20, "tail", Map.of("x", 30, "y", 70))));
    }

    static JsonNode postComic(Person person, String text) {
        return api.ok(person.token(), "post/publishComic", Map.of("panels", List.of(bubblePanel(text))));
    }

    /** The post ids of a list of posts, or of a page of them ({@code { posts, next }}). */
    static List<String> ids(JsonNode views) {
        List<String> ids = new ArrayList<>();
        (views.has("posts") ? views.get("posts") : views).forEach(view -> ids.add(view.get("post").get("id").asText()));
        return ids;
    }

    /** Waits up to 20 s for something that happens after an event was handled. */
    static void eventually(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for %s", what).isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
