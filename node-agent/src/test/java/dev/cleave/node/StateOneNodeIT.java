package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import dev.cleave.node.cli.StartOptions;

/** {@link StateBehaviour} on one standalone node in this JVM, and what it keeps over a restart. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StateOneNodeIT extends StateBehaviour {
    Path dir;
    Path release;
    Path service;
    NodeAgent node;
    final LogCapture logs = LogCapture.attach("dev.cleave.node.state");

    @BeforeAll
    void start(@TempDir Path dir) {
        this.dir = dir;
        release = TestProjects.build(Path.of("src/test/resources/projects/state").toAbsolutePath(), dir);
        int port = TestNodes.freePort();
        String state = ", \"state\": { \"dataDir\": \"" + dir.resolve("data") + "\", \"blobLimit\": \"" + BLOB_LIMIT + "\" }";
        service = TestNodes.serviceFile(dir, port, state, "standalone", "{}");
        node = startNode();
    }

    private NodeAgent startNode() {
        return NodeAgent.start(new StartOptions(service, null, "info", StartOptions.DEFAULT_BODY_LIMIT, release, 1,
                Duration.ofSeconds(20)), release);
    }

    @AfterAll
    void stop() {
        node.stop("test over");
    }

    @Override
    void awaitLogged(String... fragments) {
        logs.await(fragments);
    }

    @Override
    int[] entries() {
        return new int[] {node.port(), node.port()};
    }

    @Test
    void keepsDocumentsCountersBlobsAndAPendingEventOverARestart() throws InterruptedException {
        int port = node.port();
        call(port, "store/insert", "{\"document\": {\"id\": \"kept\", \"title\": \"still here\", \"createdAt\": 5}}");
        call(port, "store/add", "{\"key\": \"kept\", \"amount\": 42}");
        call(port, "store/store", "{\"key\": \"kept\", \"size\": 5000, \"contentType\": \"image/jpeg\"}");
        publish(port, "{\"key\": \"kept-event\", \"slowMs\": 60000}"); // still being handled at the stop
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (call(port, "notify/startedBy", "{\"key\": \"kept-event\"}").isEmpty()) {
            assertThat(System.nanoTime()).as("the slow event has started").isLessThan(deadline);
            Thread.sleep(20);
        }
        node.stop("restart");
        assertThat(dir.resolve("data/cleave.mv.db")).exists();
        node = startNode();
        port = node.port();
        assertThat(call(port, "store/get", "{\"id\": \"kept\"}").get("title").asText()).isEqualTo("still here");
        assertThat(call(port, "store/find", "{\"query\": {\"where\": {\"createdAt\": 5}}}")).hasSize(1);
        assertThat(call(port, "store/read", "{\"key\": \"kept\"}").asLong()).isEqualTo(42);
        JsonNode blob = call(port, "store/check", "{\"key\": \"kept\"}");
        assertThat(blob.get("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(blob.get("size").asInt()).isEqualTo(5000);
        assertThat(blob.get("intact").asBoolean()).isTrue();
        assertThat(counter(port, "handled:kept-event")).isZero();
        awaitCounter(port, "attempts:kept-event", 2, 30); // taken again after the restart
    }
}
