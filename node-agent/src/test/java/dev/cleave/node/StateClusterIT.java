package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StateBehaviour} on three worker processes that each host segment {@code store}, started
 * once for all tests; state is in memory with one backup. The test that kills a node runs last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StateClusterIT extends StateBehaviour {
    final List<NodeProcess> nodes = new ArrayList<>();
    final int[] ports = new int[3];

    @BeforeAll
    void startCluster(@TempDir Path dir) {
        Path release = TestProjects.build(Path.of("src/test/resources/projects/state").toAbsolutePath(), dir);
        String clusterName = "state-" + UUID.randomUUID();
        int[] members = IntStream.range(0, 3).map(i -> TestNodes.freePort()).toArray();
        String memberList = IntStream.of(members).mapToObj(port -> "\"127.0.0.1:" + port + "\"")
                .collect(Collectors.joining(", "));
        for (int i = 0; i < 3; i++) {
            ports[i] = TestNodes.freePort();
            String keys = ", \"cluster\": { \"name\": \"" + clusterName + "\", \"members\": [" + memberList + "], \"port\": "
                    + members[i] + " }, \"state\": { \"blobLimit\": \"" + BLOB_LIMIT + "\" }";
            Path service = TestNodes.serviceFile(dir, ports[i], keys, "worker", "{ \"segments\": [\"store\"] }");
            nodes.add(NodeProcess.start("node" + i, "--service=" + service, "--release=" + release, "--loops=2",
                    "--call-timeout=20000"));
        }
        for (NodeProcess node : nodes) {
            node.awaitLine("node started", 120);
        }
        for (NodeProcess node : nodes) {
            node.awaitLine("(2 member(s) routed to)", 60); // the two others
        }
    }

    @AfterAll
    void stopCluster() {
        nodes.parallelStream().forEach(NodeProcess::close);
    }

    @Override
    int[] entries() {
        return ports;
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void losesNoDocumentWhenOneOfThreeNodesIsKilled() throws InterruptedException {
        String batch = "kill-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(call(ports[0], "store/fill", "{\"prefix\": \"" + batch + "\", \"count\": 500}").asInt()).isEqualTo(500);
        assertThat(call(ports[1], "store/countBatch", "{\"prefix\": \"" + batch + "\"}").asInt()).isEqualTo(500);
        nodes.get(2).kill();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int found = -1;
        while (found != 500 && System.nanoTime() < deadline) { // the survivors promote the backups of node2's partitions
            var response = TestNodes.post(ports[0], "store/countBatch", "{\"prefix\": \"" + batch + "\"}");
            found = response.statusCode() == 200 ? Integer.parseInt(response.body()) : -1;
        }
        assertThat(found).as("documents found after the kill").isEqualTo(500);
        for (int i = 0; i < 500; i += 37) {
            assertThat(call(ports[1], "store/get", "{\"id\": \"" + batch + "-" + i + "\"}").get("n").asInt()).isEqualTo(i);
        }
    }
}
