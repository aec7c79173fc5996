package dev.cleave.node;

import static dev.cleave.node.TestNodes.SHOP;
import static dev.cleave.node.TestNodes.get;
import static dev.cleave.node.TestNodes.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cleave.node.cli.StartOptions;
import dev.cleave.node.config.ConfigException;

/** A standalone node over a release with two segments, started in this JVM on a free port. */
class NodeAgentIT {
    @TempDir
    static Path dir;
    static NodeAgent node;
    static int port;

    static StartOptions options(Path service) {
        return new StartOptions(service, null, "info", StartOptions.DEFAULT_BODY_LIMIT, SHOP, 1, Duration.ofSeconds(10));
    }

    @BeforeAll
    static void start() {
        port = TestNodes.freePort();
        Path service = TestNodes.serviceFile(dir, port, ", \"setUp\": [\"./setUp\"], \"tearDown\": [\"./tearDown\"], "
                + "\"healthChecks\": [\"./health/always\", \"./health/catalog\", \"./health/stuck\"]", "standalone",
                "{ \"trustKey\": \"cleave-test-trust-key-0123456789abcdef\" }");
        node = NodeAgent.start(options(service), SHOP);
    }

    @AfterAll
    static void stop() {
        node.stop("test over");
    }

    @Test
    void callsAcrossSegmentsInsideTheNode() {
        var order = post(port, "orders/placeOrder", "{\"productId\":\"pear\",\"quantity\":2}");
        assertThat(order.statusCode()).isEqualTo(200);
        assertThat(order.body()).isEqualTo("{\"product\":\"Pear\",\"quantity\":2,\"total\":8}");
        var missing = post(port, "orders/placeOrder", "{\"productId\":\"kiwi\"}");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("no product 'kiwi'");
    }

    @Test
    void keepsProtectedProceduresFromOutsideCallersWithoutTheKey() {
        assertThat(post(port, "catalog/getProduct", "{\"id\":\"apple\"}").statusCode()).isEqualTo(401);
        assertThat(post(port, "catalog/getProduct", "{\"id\":\"apple\"}", "x-jitar-trust-key", "cleave-test-trust-key-0123456789abcdef").body())
                .isEqualTo("{\"name\":\"Apple\",\"price\":3}");
    }

    @Test
    void runsSetUpOnceBeforeServing() {
        assertThat(post(port, "catalog/setUpRuns", "{}").body()).isEqualTo("1");
    }

    @Test
    void reportsEachHealthCheckAndTheOverallStatus() {
        assertThat(get(port, "/health").body()).isEqualTo("{\"always\":true,\"catalog\":true,\"stuck\":false}");
        assertThat(get(port, "/health/status").body()).isEqualTo("false");
        HttpResponse<String> ready = get(port, "/health/ready");
        assertThat(ready.statusCode()).as("a probe reads the status code").isEqualTo(503);
        assertThat(ready.body()).isEqualTo("false");
    }

    @Test
    void servesOnlyAssetsInTheRepositoryRole() throws java.io.IOException {
        Path assets = java.nio.file.Files.createDirectories(dir.resolve("web"));
        java.nio.file.Files.writeString(assets.resolve("index.html"), "<h1>shop</h1>");
        java.nio.file.Files.writeString(assets.resolve("notes.txt"), "not an asset");
        int repositoryPort = TestNodes.freePort();
        Path service = TestNodes.serviceFile(dir, repositoryPort, "", "repository",
                "{ \"assetRoot\": \"" + assets + "\", \"assets\": [\"*.html\"], \"serveIndexOnNotFound\": true }");
        NodeAgent repository = NodeAgent.start(options(service), SHOP);
        try {
            assertThat(get(repositoryPort, "/").body()).isEqualTo("<h1>shop</h1>");
            assertThat(get(repositoryPort, "/some/page").body()).isEqualTo("<h1>shop</h1>");
            assertThat(get(repositoryPort, "/notes.txt").body()).isEqualTo("<h1>shop</h1>");
            assertThat(post(repositoryPort, "orders/placeOrder", "{\"productId\":\"pear\"}").statusCode()).isEqualTo(404);
        } finally {
            repository.stop("test over");
        }
    }

    @Test
    void refusesServiceFilesItCannotServe() {
        Path unknownSegment = TestNodes.serviceFile(dir, 2, "", "worker", "{ \"segments\": [\"billing\"] }");
        assertThatThrownBy(() -> NodeAgent.start(options(unknownSegment), SHOP))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("segment 'billing' is not in the release (it has: orders, catalog)");
        Path missingModule = TestNodes.serviceFile(dir, 3, ", \"middleware\": [\"./auth/nope\"]", "standalone", "{}");
        assertThatThrownBy(() -> NodeAgent.start(options(missingModule), SHOP))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'middleware' names ./auth/nope, which is not in the release");
    }
}
