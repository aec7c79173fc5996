package dev.cleave.node;

import static dev.cleave.node.TestNodes.get;
import static dev.cleave.node.TestNodes.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cleave.node.cli.StartOptions;

/** The example of the README (docs/examples/shop), built and served with its own service file. */
class ExampleShopIT {
    @TempDir
    Path dir;

    @Test
    void answersTheCallsTheReadmeShows() throws IOException {
        Path project = Path.of("../docs/examples/shop").toAbsolutePath().normalize();
        Path release = TestProjects.build(project, dir);
        int port = TestNodes.freePort();
        String service = Files.readString(project.resolve("services/standalone.json")).replace("3000", String.valueOf(port));
        Path serviceFile = Files.writeString(dir.resolve("standalone.json"), service);
        NodeAgent node = NodeAgent.start(new StartOptions(serviceFile, null, "info", StartOptions.DEFAULT_BODY_LIMIT,
                release, 1, Duration.ofSeconds(10)), release);
        try {
            assertThat(post(port, "orders/placeOrder", "{\"productId\": \"pear\", \"quantity\": 2}").body())
                    .isEqualTo("{\"product\":\"Pear\",\"quantity\":2,\"total\":8}");
            assertThat(get(port, "/rpc/catalog/listProducts").body()).isEqualTo("[\"Apple\",\"Pear\"]");
            assertThat(get(port, "/health").body()).isEqualTo("{\"catalog\":true}");
            assertThat(get(port, "/").body()).contains("<script type=\"module\" src=\"/app.js\"></script>");
            assertThat(get(port, "/app.js").body()).contains("__run(\"orders/placeOrder\"");
            assertThat(post(port, "catalog/getProduct", "{\"id\": \"pear\"}").statusCode()).isEqualTo(401);
            assertThat(post(port, "orders/placeOrder", "{\"productId\": \"pear\", \"quantity\": 0}").body())
                    .isEqualTo("quantity must be a whole number above 0");
        } finally {
            node.stop("test over");
        }
    }
}
