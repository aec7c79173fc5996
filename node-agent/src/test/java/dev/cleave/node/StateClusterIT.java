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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@link StateBehaviour} on three worker processes that each host segment {@code store}, started
 * once for all tests; state is in memory with one backup. Events are published on node0 and
 * handled by segment {@code notify} on node1 or node2. The test that kills a node runs last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StateClusterIT extends StateBehaviour {
    final List<NodeProcess> nodes = new ArrayList<>();
    final int[] ports = new int[3];
    /** node0 publishes and audits; node1 and node2 host the segment that handles slowly and can be killed. */
    private static final String[] SEGMENTS = {"{ \"segments\": [\"store\", \"audit\"] }",
        "{ \"segments\": [\"store\", \"notify\"] }", "{ \"segments\": [\"store\", \"notify\"] }"};

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
            Path service = TestNodes.serviceFile(dir, ports[i], keys, "worker", SEGMENTS[i]);
            nodes.add(NodeProcess.start("node" + i, "--service=" + service, "--release=" + release, "--loops=1",
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
    void awaitLogged(String... fragments) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (nodes.stream().flatMap(node -> node.output().stream())
                .noneMatch(line -> java.util.Arrays.stream(fragments).allMatch(line::contains))) {
            assertThat(System.nanoTime()).as("waiting for a log line with %s", List.of(fragments)).isLessThan(deadline);
            sleep(50);
        }
    }

    /** The id of the node's one loop (a plain string answer). */
    private static String whoami(int port) {
        var response = TestNodes.post(port, "notify/whoami", "{}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Override
    int[] entries() {
        return ports;
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void losesNoDocumentAndNoEventWhenTheNodeHandlingItIsKilled() throws InterruptedException {
        String batch = "kill-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(call(ports[0], "store/fill", "{\"prefix\": \"" + batch + "\", \"count\": 500}").asInt()).isEqualTo(500);
        assertThat(call(ports[1], "store/countBatch", "{\"prefix\": \"" + batch + "\"}").asInt()).isEqualTo(500);
        publish(ports[0], "{\"key\": \"" + batch + "\", \"slowMs\": 4000}");
        JsonNode started = call(ports[0], "notify/startedBy", "{\"key\": \"" + batch + "\"}");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (started.isEmpty() && System.nanoTime() < deadline) {
            sleep(20);
            started = call(ports[0], "notify/startedBy", "{\"key\": \"" + batch + "\"}");
        }
        assertThat(started).as("a node started handling the slow event").hasSize(1);
        int handling = whoami(ports[1]).equals(started.get(0).asText()) ? 1 : 2;
        nodes.get(handling).kill();
        int survivor = 3 - handling;

        awaitCounter(ports[0], "handled:" + batch, 1, 40);
        assertThat(call(ports[0], "notify/startedBy", "{\"key\": \"" + batch + "\"}").toString())
                .contains(whoami(ports[survivor]));
        long found = call(ports[survivor], "store/countBatch", "{\"prefix\": \"" + batch + "\"}").asInt();
        assertThat(found).as("documents found after the kill").isEqualTo(500);
        for (int i = 0; i < 500; i += 37) {
            assertThat(call(ports[0], "store/get", "{\"id\": \"" + batch + "-" + i + "\"}").get("n").asInt()).isEqualTo(i);
        }
    }
}
