package dev.cleave.node;

import static dev.cleave.node.TestNodes.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The proxy role: {@code /rpc} to the gateway, everything else to the repository, one origin for a browser. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProxyIT {
    NodeAgent gateway;
    NodeAgent repository;
    NodeAgent proxy;
    int port;

    @BeforeAll
    void start(@TempDir Path dir) {
        int gatewayPort = TestNodes.freePort();
        int repositoryPort = TestNodes.freePort();
        port = TestNodes.freePort();
        gateway = NodeAgent.start(NodeAgentIT.options(TestNodes.serviceFile(dir, gatewayPort, "", "standalone", "{}")), SHOP);
        repository = NodeAgent.start(NodeAgentIT.options(TestNodes.serviceFile(dir, repositoryPort, "", "repository",
                "{ \"assets\": [\"manifest.json\"] }")), SHOP);
        proxy = NodeAgent.start(NodeAgentIT.options(TestNodes.serviceFile(dir, port, "", "proxy",
                "{ \"gateway\": \"http://127.0.0.1:" + gatewayPort + "\", \"repository\": \"http://127.0.0.1:"
                        + repositoryPort + "\" }")), SHOP);
    }

    @AfterAll
    void stop() {
        proxy.stop("test over");
        repository.stop("test over");
        gateway.stop("test over");
    }

    @Test
    void sendsRpcCallsToTheGatewayWithTheirHeadersAndAnswers() {
        HttpResponse<String> order = TestNodes.post(port, "orders/placeOrder", "{\"productId\":\"pear\",\"quantity\":2}");
        assertThat(order.statusCode()).isEqualTo(200);
        assertThat(order.body()).isEqualTo("{\"product\":\"Pear\",\"quantity\":2,\"total\":8}");
        assertThat(order.headers().firstValue("x-jitar-content-type")).hasValue("application/json");
        assertThat(TestNodes.post(port, "orders/placeOrder", "{\"productId\":\"kiwi\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void sendsEverythingElseToTheRepository() {
        HttpResponse<String> manifest = TestNodes.get(port, "/manifest.json");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.body()).contains("\"segments\"");
        assertThat(TestNodes.get(port, "/nothing.js").statusCode()).isEqualTo(404);
    }
}
