package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A cluster of real processes on 127.0.0.1, started once for all tests: a gateway, a worker with
 * segments front and data, and two workers with segment back. The test that kills a worker runs last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRUST_KEY = "k3y";

    final List<NodeProcess> nodes = new ArrayList<>();
    int gateway;
    int front;
    int back1;
    int back2;
    NodeProcess back2Process;

    @BeforeAll
    void startCluster(@TempDir Path dir) throws IOException {
        Path release = TestProjects.build(Path.of("src/test/resources/projects/cluster").toAbsolutePath(), dir);
        String clusterName = "it-" + UUID.randomUUID();
        int[] members = {TestNodes.freePort(), TestNodes.freePort(), TestNodes.freePort(), TestNodes.freePort()};
        String memberList = Stream.of(members[0], members[1], members[2], members[3])
                .map(port -> "\"127.0.0.1:" + port + "\"").collect(Collectors.joining(", "));
        gateway = TestNodes.freePort();
        front = TestNodes.freePort();
        back1 = TestNodes.freePort();
        back2 = TestNodes.freePort();
        String[][] plan = {
            {"gateway", String.valueOf(gateway), "gateway", "{ \"trustKey\": \"" + TRUST_KEY + "\" }"},
            {"front", String.valueOf(front), "worker", "{ \"segments\": [\"front\", \"data\"] }"},
            {"back1", String.valueOf(back1), "worker", "{ \"segments\": [\"back\"] }"},
            {"back2", String.valueOf(back2), "worker", "{ \"segments\": [\"back\"] }"},
        };
        for (int i = 0; i < plan.length; i++) {
            String cluster = ", \"cluster\": { \"name\": \"" + clusterName + "\", \"members\": [" + memberList
                    + "], \"port\": " + members[i] + " }";
            Path service = TestNodes.serviceFile(dir, Integer.parseInt(plan[i][1]), cluster, plan[i][2], plan[i][3]);
            NodeProcess node = NodeProcess.start(plan[i][0], "--service=" + service, "--release=" + release, "--loops=1",
                    "--call-timeout=5000");
            nodes.add(node);
        }
        back2Process = nodes.get(3);
        for (NodeProcess node : nodes) {
            node.awaitLine("node started", 120);
        }
        for (NodeProcess node : nodes) {
            node.awaitLine("(3 member(s) routed to)", 60);
        }
    }

    @AfterAll
    void stopCluster() {
        nodes.parallelStream().forEach(NodeProcess::close);
        for (NodeProcess node : nodes) { // the lifecycle lines of each node, for reading a test run
            node.output().stream().filter(line -> line.contains("started") || line.contains("joined")
                    || line.contains("left") || line.contains("lost")).forEach(line -> System.out.println(node + ": " + line));
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nodeId(int port, String fqn) {
        HttpResponse<String> response = TestNodes.post(port, fqn, "{}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    @Order(1)
    void answersACallThroughTheGatewayThatCrossesSegmentsOnThreeNodes() {
        JsonNode greeting = json(TestNodes.post(gateway, "front/greet", "{\"name\":\"ann\"}"));
        assertThat(greeting.get("text").asText()).isEqualTo("hello ann (stamped)");
        assertThat(greeting.get("front").asText()).isEqualTo(nodeId(front, "front/node"));
        assertThat(greeting.get("back").asText()).isIn(nodeId(back1, "back/node"), nodeId(back2, "back/node"));
    }

    @Test
    @Order(2)
    void sendsCallsRoundRobinOverTheWorkersOfOneSegment() {
        Map<String, Integer> answeredBy = new ConcurrentHashMap<>();
        for (int i = 0; i < 6; i++) {
            answeredBy.merge(nodeId(gateway, "back/node"), 1, Integer::sum);
        }
        assertThat(answeredBy).containsOnlyKeys(nodeId(back1, "back/node"), nodeId(back2, "back/node"));
        assertThat(answeredBy.values()).containsOnly(3);
    }

    @Test
    @Order(3)
    void carriesHeadersTraceIdAndDeadlineToTheInnermostCall() {
        JsonNode context = json(TestNodes.post(gateway, "front/context", "{}", "x-custom", "custom value",
                "authorization", "Bearer abc", "x-cleave-trace-id", "trace-1"));
        assertThat(context.get("custom").asText()).isEqualTo("custom value");
        assertThat(context.get("authorization").asText()).isEqualTo("Bearer abc");
        assertThat(context.get("traceId").asText()).isEqualTo("trace-1");
        assertThat(context.get("deadlineLeft").asLong()).isBetween(1L, 5_000L);
    }

    @Test
    @Order(4)
    void refusesAProtectedProcedureFromOutsideWithoutTheTrustKey() {
        assertThat(TestNodes.post(gateway, "back/secret", "{}").statusCode()).isEqualTo(401);
        assertThat(TestNodes.post(gateway, "back/secret", "{}", "x-jitar-trust-key", "wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> trusted = TestNodes.post(gateway, "back/secret", "{}", "x-jitar-trust-key", TRUST_KEY);
        assertThat(trusted.statusCode()).isEqualTo(200);
        assertThat(trusted.body()).isEqualTo("the secret");
    }

    @Test
    @Order(4)
    void letsAProcedureCallAProtectedProcedureOnAnotherNode() {
        HttpResponse<String> told = TestNodes.post(gateway, "front/tell", "{}");
        assertThat(told.statusCode()).as(told.body()).isEqualTo(200);
        assertThat(told.body()).isEqualTo("told: the secret");
    }

    @Test
    @Order(4)
    void bringsAnErrorThrownOnAnotherNodeBackAsItsOwnClass() {
        assertThat(TestNodes.post(gateway, "front/lookup", "{\"name\":\"pear\"}").body()).isEqualTo("found pear");
        assertThat(TestNodes.post(gateway, "front/lookup", "{\"name\":\"kiwi\"}").body()).isEqualTo("NotFound: no kiwi here");
        HttpResponse<String> direct = TestNodes.post(gateway, "back/find", "{\"name\":\"kiwi\"}");
        assertThat(direct.statusCode()).isEqualTo(404);
        assertThat(direct.body()).isEqualTo("no kiwi here");
    }

    @Test
    @Order(5)
    void answersUnknownProceduresWithNotFoundOnAGateway() {
        assertThat(TestNodes.post(gateway, "back/nothing", "{}").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(100)
    void keepsAnsweringWhenAWorkerIsKilledUnderAStreamOfCalls() throws Exception {
        String survivor = nodeId(back1, "back/node");
        List<long[]> calls = new CopyOnWriteArrayList<>(); // {status, millis, answered by survivor, sent after kill}
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean killed = new AtomicBoolean(false);
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> streams = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                streams.add(clients.submit(() -> {
                    while (running.get()) {
                        boolean afterKill = killed.get();
                        long started = System.nanoTime();
                        HttpResponse<String> response = TestNodes.post(gateway, "back/slow", "{\"ms\":20}");
                        calls.add(new long[] {response.statusCode(), (System.nanoTime() - started) / 1_000_000,
                                survivor.equals(response.body()) ? 1 : 0, afterKill ? 1 : 0});
                    }
                    return null;
                }));
            }
            awaitCalls(calls, 40);
            back2Process.kill();
            killed.set(true);
            int atKill = calls.size();
            awaitCalls(calls, atKill + 80);
            running.set(false);
            for (Future<?> stream : streams) {
                stream.get(20, TimeUnit.SECONDS);
            }
        }
        System.out.printf("kill test: %d calls, %d answered 503, slowest %d ms%n", calls.size(),
                calls.stream().filter(call -> call[0] == 503).count(), calls.stream().mapToLong(call -> call[1]).max().orElse(0));
        assertThat(calls).allSatisfy(call -> assertThat(call[1]).as("call time ms").isLessThan(8_000));
        assertThat(calls).allSatisfy(call -> assertThat(call[0]).isIn(200L, 503L));
        assertThat(calls.stream().filter(call -> call[0] == 503).count()).as("calls lost with the worker").isLessThanOrEqualTo(4);
        List<long[]> late = calls.subList(calls.size() - 20, calls.size());
        assertThat(late).allSatisfy(call -> {
            assertThat(call[0]).isEqualTo(200L);
            assertThat(call[2]).as("answered by the surviving worker").isEqualTo(1L);
        });
        nodes.get(0).awaitLine("member left", 10);
    }

    private static void awaitCalls(List<long[]> calls, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (calls.size() < count) {
            assertThat(System.nanoTime()).as("waiting for %d calls", count).isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
