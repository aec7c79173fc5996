package dev.cleave.node;

import static dev.cleave.node.TestNodes.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import dev.cleave.node.cli.StartOptions;

/**
 * Membership as the routing table sees it, with nodes started in this JVM (a second Hazelcast
 * member in one JVM joins in a fraction of a second): a worker that joins late, a member of
 * another release, a member that leaves. The tests build on each other, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterMembershipIT {
    private static final Path PROJECT = Path.of("src/test/resources/projects/cluster").toAbsolutePath();

    Path dir;
    Path release;
    Path otherRelease;
    String cluster;
    final int[] members = {TestNodes.freePort(), TestNodes.freePort(), TestNodes.freePort()};
    final List<NodeAgent> nodes = new ArrayList<>();
    int gateway;
    int worker;
    NodeAgent workerNode;

    @BeforeAll
    void build(@TempDir Path dir) throws IOException {
        this.dir = dir;
        release = TestProjects.build(PROJECT, Files.createDirectories(dir.resolve("a")));
        Path b = Files.createDirectories(dir.resolve("b"));
        Path copy = TestProjects.build(PROJECT, b).getParent();
        Files.writeString(copy.resolve("src/data/stamp.ts"),
                "export default async function stamp(text: string): Promise<string> { return `${text} (v2)`; }\n");
        otherRelease = new dev.cleave.segmenter.Segmenter()
                .build(dev.cleave.segmenter.config.ProjectConfigLoader.find(copy)).target();
        cluster = "membership-" + UUID.randomUUID();
        gateway = TestNodes.freePort();
        nodes.add(start(gateway, members[0], "gateway", "{}", release));
    }

    @AfterAll
    void stop() {
        nodes.forEach(node -> node.stop("test over"));
    }

    private NodeAgent start(int port, int memberPort, String role, String section, Path releaseRoot) {
        StringBuilder list = new StringBuilder();
        for (int member : members) {
            list.append(list.isEmpty() ? "" : ", ").append("\"127.0.0.1:").append(member).append('"');
        }
        Path service = TestNodes.serviceFile(dir, port, ", \"cluster\": { \"name\": \"" + cluster + "\", \"members\": ["
                + list + "], \"port\": " + memberPort + " }", role, section);
        return NodeAgent.start(new StartOptions(service, null, "info", StartOptions.DEFAULT_BODY_LIMIT, releaseRoot, 1,
                Duration.ofSeconds(5)), releaseRoot);
    }

    private static HttpResponse<String> awaitAnswer(int port, String fqn, Predicate<HttpResponse<String>> done) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            HttpResponse<String> response = post(port, fqn, "{}");
            if (done.test(response) || System.nanoTime() > deadline) {
                return response;
            }
            Thread.onSpinWait();
        }
    }

    @Test
    @Order(1)
    void routesToAWorkerAsSoonAsItHasJoined() {
        HttpResponse<String> before = post(gateway, "back/node", "{}");
        assertThat(before.statusCode()).as("a procedure of the release that no member hosts yet").isEqualTo(503);
        assertThat(before.body()).contains("no member of the cluster hosts it now");
        assertThat(post(gateway, "back/nothing", "{}").statusCode()).as("not in the release").isEqualTo(404);
        worker = TestNodes.freePort();
        workerNode = start(worker, members[1], "worker", "{ \"segments\": [\"back\", \"data\"] }", release);
        nodes.add(workerNode);
        long joined = System.nanoTime();
        HttpResponse<String> answer = awaitAnswer(gateway, "back/node", response -> response.statusCode() == 200);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(post(worker, "back/node", "{}").body());
        assertThat(Duration.ofNanos(System.nanoTime() - joined)).isLessThan(Duration.ofSeconds(1));
        assertThat(post(gateway, "back/hello", "{\"name\":\"bo\"}").body()).contains("hello bo (stamped)");
    }

    @Test
    @Order(2)
    void neverRoutesToAMemberOfAnotherRelease() {
        int other = TestNodes.freePort();
        nodes.add(start(other, members[2], "worker", "{ \"segments\": [\"back\", \"data\"] }", otherRelease));
        assertThat(post(other, "back/hello", "{\"name\":\"bo\"}").body()).contains("hello bo (v2)");
        String workerId = post(worker, "back/node", "{}").body();
        for (int i = 0; i < 6; i++) {
            assertThat(post(gateway, "back/node", "{}").body()).isEqualTo(workerId);
        }
    }

    @Test
    @Order(3)
    void keepsOutANodeWithAnotherTrustKey() {
        int stranger = TestNodes.freePort();
        NodeAgent node = start(stranger, TestNodes.freePort(), "worker", "{ \"segments\": [\"back\", \"data\"], "
                + "\"trustKey\": \"not-this-cluster's-key-0123456789abcdef\" }", release);
        nodes.add(node);
        String strangerId = post(stranger, "back/node", "{}").body();
        String workerId = post(worker, "back/node", "{}").body();
        for (int i = 0; i < 4; i++) {
            assertThat(post(gateway, "back/node", "{}").body()).isEqualTo(workerId).isNotEqualTo(strangerId);
        }
        node.stop("test over");
        nodes.remove(node);
    }

    @Test
    @Order(4)
    void letsAWorkerThatKnowsOnlyTheGatewayUrlJoinItsCluster() {
        int jitarWorker = TestNodes.freePort();
        Path service = TestNodes.serviceFile(dir, jitarWorker, "", "worker", "{ \"gateway\": \"http://127.0.0.1:" + gateway
                + "\", \"segments\": [\"back\", \"data\"] }");
        NodeAgent joined = NodeAgent.start(new StartOptions(service, null, "info", StartOptions.DEFAULT_BODY_LIMIT, release, 1,
                Duration.ofSeconds(5)), release);
        nodes.add(joined);
        String joinedId = post(jitarWorker, "back/node", "{}").body();
        // Round robin over this worker and the one of test 1: two calls in a row reach both.
        List<String> answeredBy = List.of(post(gateway, "back/node", "{}").body(), post(gateway, "back/node", "{}").body());
        assertThat(answeredBy).contains(joinedId);
        joined.stop("test over");
        nodes.remove(joined);
    }

    @Test
    @Order(5)
    void dropsAMemberThatLeaves() {
        workerNode.stop("leaving");
        nodes.remove(workerNode);
        HttpResponse<String> answer = awaitAnswer(gateway, "back/node", response -> response.statusCode() == 503);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
    }
}
