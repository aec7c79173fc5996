package dev.cleave.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Builds the node image and runs the example app in it (where Docker exists; skipped elsewhere):
 * the container becomes healthy through its health check endpoint and answers a call.
 */
@Testcontainers(disabledWithoutDocker = true)
class NodeImageIT {
    @TempDir
    static Path dir;
    static GenericContainer<?> node;

    @BeforeAll
    static void start() throws IOException {
        Path project = ShopProject.built(dir, Map.of("container.json",
                "{ \"url\": \"http://node:3000\", \"healthChecks\": [\"./health/catalog\"], \"standalone\": {} }"));
        node = new GenericContainer<>(ShopProject.image())
                .withFileSystemBind(project.toString(), "/app", BindMode.READ_ONLY)
                .withCommand("start", "--service=services/container.json")
                .withExposedPorts(3000)
                .waitingFor(Wait.forHttp("/health/status").forResponsePredicate("true"::equals)
                        .withStartupTimeout(Duration.ofMinutes(3)));
        node.start();
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.stop();
        }
    }

    @Test
    void answersACallOfTheExampleApp() throws Exception {
        URI uri = URI.create("http://" + node.getHost() + ":" + node.getMappedPort(3000) + "/rpc/orders/placeOrder");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"pear\",\"quantity\":2}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).isEqualTo("{\"product\":\"Pear\",\"quantity\":2,\"total\":8}");
        assertThat(node.getLogs()).contains("node started role=standalone").contains("engine=GraalVM CE (JIT)");
    }
}
