package dev.cleave.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.junit.jupiter.Testcontainers;

import dev.cleave.segmenter.Segmenter;
import dev.cleave.segmenter.config.ProjectConfigLoader;

/**
 * Builds the node image and runs the example app in it (where Docker exists; skipped elsewhere):
 * the container becomes healthy through its health check endpoint and answers a call.
 */
@Testcontainers(disabledWithoutDocker = true)
class NodeImageIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    @TempDir
    static Path dir;
    static GenericContainer<?> node;

    @BeforeAll
    static void start() throws IOException {
        Path project = copy(ROOT.resolve("docs/examples/shop"), dir.resolve("shop"));
        new Segmenter().build(ProjectConfigLoader.find(project));
        Files.writeString(project.resolve("services/container.json"),
                "{ \"url\": \"http://node:3000\", \"healthChecks\": [\"./health/catalog\"], \"standalone\": {} }");
        readableByAll(project);
        ImageFromDockerfile image = new ImageFromDockerfile("cleave-node-test", false)
                .withFileFromPath(".", ROOT)
                .withDockerfile(ROOT.resolve("docker/Dockerfile"));
        node = new GenericContainer<>(image)
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
                .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":\"pear\",\"quantity\":2}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).isEqualTo("{\"product\":\"Pear\",\"quantity\":2,\"total\":8}");
        assertThat(node.getLogs()).contains("node started role=standalone").contains("engine=GraalVM CE (JIT)");
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(p -> !p.toString().contains("/dist")).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    /** The container runs as an unprivileged user, which must be able to read the mounted app. */
    private static void readableByAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(Files.isDirectory(file) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        for (Path parent = folder.getParent(); parent != null && parent.startsWith(dir); parent = parent.getParent()) {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
