package dev.cleave.node;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import dev.cleave.node.cli.StartOptions;

/** {@link CrossSegmentBehaviour} on one standalone node with every segment, in this JVM. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneNodeBehaviourIT extends CrossSegmentBehaviour {
    NodeAgent node;
    int port;

    @BeforeAll
    void start(@TempDir Path dir) {
        Path release = TestProjects.build(Path.of("src/test/resources/projects/cluster").toAbsolutePath(), dir);
        port = TestNodes.freePort();
        Path service = TestNodes.serviceFile(dir, port, "", "standalone", "{ \"trustKey\": \"" + TRUST_KEY + "\" }");
        node = NodeAgent.start(new StartOptions(service, null, "info", StartOptions.DEFAULT_BODY_LIMIT, release, 1,
                Duration.ofSeconds(5)), release);
    }

    @AfterAll
    void stop() {
        node.stop("test over");
    }

    @Override
    int entry() {
        return port;
    }
}
