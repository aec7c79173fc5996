package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
 * segments front and data, and two workers with segment back; calls enter at the gateway. With
 * the tests of {@link CrossSegmentBehaviour}; the test that kills a worker runs last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT extends CrossSegmentBehaviour {

    /** Every node of the cluster has the trust key: without it, a node does not join. */
    private static final String KEY = "\"trustKey\": \"" + TRUST_KEY + "\"";
    /** The workers of segment back run server middleware that sets '*requester' from the authorization header. */
    private static final String BACK_MIDDLEWARE = ", \"middleware\": [\"./auth/requester\"]";

    final List<NodeProcess> nodes = new ArrayList<>();
    int gateway;
    int front;
    int back1;
    int back2;
    NodeProcess back2Process;
    Path dir;
    Path release;
    String clusterName;
    String memberList;

    @BeforeAll
    void startCluster(@TempDir Path dir) throws IOException {
        this.dir = dir;
        release = TestProjects.build(Path.of("src/test/resources/projects/cluster").toAbsolutePath(), dir);
        clusterName = "it-" + UUID.randomUUID();
        int[] members = {TestNodes.freePort(), TestNodes.freePort(), TestNodes.freePort(), TestNodes.freePort()};
        memberList = Stream.of(members[0], members[1], members[2], members[3])
                .map(port -> "\"127.0.0.1:" + port + "\"").collect(Collectors.joining(", "));
        gateway = TestNodes.freePort();
        front = TestNodes.freePort();
        back1 = TestNodes.freePort();
        back2 = TestNodes.freePort();
        String[][] plan = {
            {"gateway", String.valueOf(gateway), "gateway", "{ \"trustKey\": \"" + TRUST_KEY + "\" }"},
            {"front", String.valueOf(front), "worker", "{ \"segments\": [\"front\", \"data\"], " + KEY + " }"},
            {"back1", String.valueOf(back1), "worker", "{ \"segments\": [\"back\"], " + KEY + " }"},
            {"back2", String.valueOf(back2), "worker", "{ \"segments\": [\"back\"], " + KEY + " }"},
        };
        for (int i = 0; i < plan.length; i++) {
            String cluster = ", \"cluster\": { \"name\": \"" + clusterName + "\", \"members\": [" + memberList
                    + "], \"port\": " + members[i] + " }" + (plan[i][0].startsWith("back") ? BACK_MIDDLEWARE : "");
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

    @Override
    int entry() {
        return gateway;
    }

    @AfterAll
    void stopCluster() {
        nodes.parallelStream().forEach(NodeProcess::close);
        for (NodeProcess node : nodes) { // the lifecycle lines of each node, for reading a test run
            node.output().stream().filter(line -> line.contains("started") || line.contains("joined")
                    || line.contains("left") || line.contains("lost")).forEach(line -> System.out.println(node + ": " + line));
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
    void givesTheJoinDetailsOnlyToCallersWithTheTrustKey() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var uri = java.net.URI.create("http://127.0.0.1:" + gateway + "/cleave/cluster");
        assertThat(client.send(java.net.http.HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);
        HttpResponse<String> details = client.send(java.net.http.HttpRequest.newBuilder(uri)
                .header("x-jitar-trust-key", TRUST_KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json(details).get("members")).hasSize(4);
    }

    @Test
    @Order(3)
    void runsTheMiddlewareOfTheWorkerACallIsRoutedToAndRefusesCallerSentStarArguments() {
        HttpResponse<String> routed = TestNodes.post(gateway, "back/whoami", "{}", "authorization", "Bearer ann");
        assertThat(routed.statusCode()).as(routed.body()).isEqualTo(200);
        assertThat(routed.body()).isEqualTo("ann");
        assertThat(routed.headers().firstValue("x-middleware")).hasValue("back");
        assertThat(TestNodes.post(gateway, "back/whoami", "{}").body()).isEqualTo("nobody");
        HttpResponse<String> forged = TestNodes.post(gateway, "back/whoami", "{\"*requester\": \"mallory\"}");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("Argument '*requester' is refused");
    }

    @Test
    @Order(3)
    void refusesACallerBodyPastTheDecodersLimitsOnTheWorkerItIsRoutedTo() {
        HttpResponse<String> proto = TestNodes.post(gateway, "back/whoami", "{\"requester\":{\"__proto__\":{\"admin\":true}}}");
        assertThat(proto.statusCode()).as(proto.body()).isEqualTo(400);
        assertThat(proto.body()).startsWith("Serialized data refused at $.requester.__proto__: the key '__proto__' is refused");
        HttpResponse<String> deep = TestNodes.post(gateway, "back/whoami", "{\"requester\":" + "[".repeat(100_000),
                "x-jitar-data-encoding", "serialized");
        assertThat(deep.statusCode()).as(deep.body()).isEqualTo(400);
        assertThat(deep.body()).contains("cleave:BadRequest").contains("nesting deeper than the limit of 64 levels");
        assertThat(TestNodes.post(gateway, "back/whoami", "{}").body()).isEqualTo("nobody");
    }

    @Test
    @Order(4)
    void sendsCallsToAWorkerStartedLaterAsSoonAsItHasStarted() {
        int port = TestNodes.freePort();
        String cluster = ", \"cluster\": { \"name\": \"" + clusterName + "\", \"members\": [" + memberList
                + "], \"port\": " + TestNodes.freePort() + " }";
        Path service = TestNodes.serviceFile(dir, port, cluster + BACK_MIDDLEWARE, "worker",
                "{ \"segments\": [\"back\"], " + KEY + " }");
        try (NodeProcess late = NodeProcess.start("back3", "--service=" + service, "--release=" + release, "--loops=1",
                "--call-timeout=5000")) {
            late.awaitLine("node started", 120);
            String lateId = nodeId(port, "back/node");
            long started = System.nanoTime();
            Set<String> answeredBy = new HashSet<>();
            while (!answeredBy.contains(lateId) && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5)) {
                answeredBy.add(nodeId(gateway, "back/node"));
            }
            assertThat(answeredBy).as("workers that answered through the gateway").contains(lateId);
            // "At once": no refresh interval to wait for; the bound leaves room for a loaded 2-core machine.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("time until the new worker got a call")
                    .isLessThan(Duration.ofSeconds(3));
        }
        nodes.get(0).awaitLine("member left http://127.0.0.1:" + port, 30); // the kill test needs two back workers
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void keepsAnsweringWhenAWorkerIsKilledUnderAStreamOfCalls() throws Exception {
        String survivor = nodeId(back1, "back/node");
        List<long[]> calls = new CopyOnWriteArrayList<>(); // {status, millis, answered by survivor, sent after kill, sent at, key}
        AtomicLong keys = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean killed = new AtomicBoolean(false);
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> streams = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                streams.add(clients.submit(() -> {
                    while (running.get()) {
                        boolean afterKill = killed.get();
                        long started = System.nanoTime();
                        long key = keys.incrementAndGet();
                        HttpResponse<String> response = TestNodes.post(gateway, "back/slow", "{\"ms\":20,\"key\":\"kill-" + key + "\"}");
                        calls.add(new long[] {response.statusCode(), (System.nanoTime() - started) / 1_000_000,
                                survivor.equals(response.body()) ? 1 : 0, afterKill ? 1 : 0, started, key});
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
        // the last 20 sent: a call in flight at the kill may finish (503) after them
        List<long[]> late = calls.stream().sorted(Comparator.comparingLong(call -> call[4])).skip(calls.size() - 20).toList();
        assertThat(late).allSatisfy(call -> {
            assertThat(call[0]).isEqualTo(200L);
            assertThat(call[2]).as("answered by the surviving worker").isEqualTo(1L);
        });
        nodes.get(0).awaitLine("member left http://127.0.0.1:" + back2, 10);
        assertRanAtMostOnce(calls);
    }

    /** Every call ran at most once (a call that may have run is never sent to another member), and every answered one ran. */
    private void assertRanAtMostOnce(List<long[]> calls) throws IOException {
        for (int from = 0; from < calls.size(); from += 1000) {
            List<long[]> batch = calls.subList(from, Math.min(calls.size(), from + 1000));
            String keyList = batch.stream().map(call -> "\"kill-" + call[5] + "\"").collect(Collectors.joining(","));
            HttpResponse<String> runs = TestNodes.post(gateway, "back/runs", "{\"keys\":[" + keyList + "]}");
            assertThat(runs.statusCode()).as(runs.body()).isEqualTo(200);
            JsonNode counts = new ObjectMapper().readTree(runs.body());
            for (int i = 0; i < batch.size(); i++) {
                long[] call = batch.get(i);
                assertThat(counts.get(i).asLong()).as("runs of call kill-%d, answered %d", call[5], call[0]).isLessThanOrEqualTo(1);
                if (call[0] == 200) {
                    assertThat(counts.get(i).asLong()).as("runs of answered call kill-%d", call[5]).isEqualTo(1);
                }
            }
        }
    }

    private static void awaitCalls(List<long[]> calls, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (calls.size() < count) {
            assertThat(System.nanoTime()).as("waiting for %d calls", count).isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
