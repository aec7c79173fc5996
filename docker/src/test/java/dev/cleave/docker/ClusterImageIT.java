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
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Two containers of the node image form one cluster on a Docker network, as docker/compose.yaml
 * does (where Docker exists; skipped elsewhere): node {@code a} hosts segment orders and node
 * {@code b} segment catalog, found by container name; a call to {@code a} needs {@code b}.
 */
@Testcontainers(disabledWithoutDocker = true)
class ClusterImageIT {
    @TempDir
    static Path dir;
    static Network network;
    static GenericContainer<?> a;
    static GenericContainer<?> b;

    @BeforeAll
    static void start() throws IOException {
        String cluster = "\"cluster\": { \"name\": \"shop\", \"members\": [\"a\", \"b\"], \"interface\": \"%s\" }";
        // members on a network other than loopback need the cluster's trust key (docs/security.md)
        String key = ", \"trustKey\": \"" + "cluster-image-it-".repeat(2) + "0123456789abcdef\"";
        Path project = ShopProject.built(dir, Map.of(
                "a.json", "{ \"url\": \"http://a:3000\", " + cluster.formatted("a")
                        + ", \"standalone\": { \"segments\": [\"orders\"]" + key + " } }",
                "b.json", "{ \"url\": \"http://b:3000\", \"healthChecks\": [\"./health/catalog\"], " + cluster.formatted("b")
                        + ", \"worker\": { \"segments\": [\"catalog\"]" + key + " } }"));
        network = Network.newNetwork();
        a = node(project, network, "a");
        b = node(project, network, "b");
        b.start();
        a.start();
    }

    private static GenericContainer<?> node(Path project, Network network, String name) {
        return new GenericContainer<>(ShopProject.image())
                .withNetwork(network)
                .withNetworkAliases(name)
                .withCreateContainerCmdModifier(command -> command.withHostName(name))
                .withFileSystemBind(project.toString(), "/app", BindMode.READ_ONLY)
                .withCommand("start", "--service=services/" + name + ".json")
                .withExposedPorts(3000)
                .waitingFor(Wait.forHttp("/health/ready").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(3)));
    }

    @AfterAll
    static void stop() {
        for (GenericContainer<?> node : new GenericContainer<?>[] {a, b}) {
            if (node != null) {
                node.stop();
            }
        }
        if (network != null) {
            network.close();
        }
    }

    @Test
    void answersACallThatCrossesToTheOtherContainer() throws Exception {
        URI uri = URI.create("http://" + a.getHost() + ":" + a.getMappedPort(3000) + "/rpc/orders/placeOrder");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"pear\",\"quantity\":2}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).isEqualTo("{\"product\":\"Pear\",\"quantity\":2,\"total\":8}");
        assertThat(a.getLogs()).contains("cluster joined").contains("member joined http://b:3000");
    }
}
