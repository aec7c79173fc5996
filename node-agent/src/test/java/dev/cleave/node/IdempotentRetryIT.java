package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A procedure declared {@code "idempotent": true} in its segment file, on a gateway and two
 * workers (real processes): 200 sequential calls through the gateway, and one worker killed with
 * SIGKILL while it runs one of them. The call it had taken runs again on the other worker, so all
 * 200 are answered 200 (without the mark, that call is a 503 that says it may have run).
 */
class IdempotentRetryIT {
    private static final int CALLS = 200;

    @Test
    void noCallFailsWhenAWorkerDiesInTheMiddleOfOne(@TempDir Path dir) throws Exception {
        Path release = TestProjects.build(Path.of("src/test/resources/projects/cluster").toAbsolutePath(), dir);
        String clusterName = "idempotent-" + UUID.randomUUID();
        int[] members = IntStream.range(0, 3).map(i -> TestNodes.freePort()).toArray();
        String memberList = IntStream.of(members).mapToObj(port -> "\"127.0.0.1:" + port + "\"").collect(Collectors.joining(", "));
        int[] ports = IntStream.range(0, 3).map(i -> TestNodes.freePort()).toArray();
        String[][] plan = {{"gateway", "gateway", "{}"}, {"survivor", "worker", "{ \"segments\": [\"back\"] }"},
            {"victim", "worker", "{ \"segments\": [\"back\"] }"}};
        List<NodeProcess> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                String cluster = ", \"cluster\": { \"name\": \"" + clusterName + "\", \"members\": [" + memberList + "], \"port\": "
                        + members[i] + " }";
                Path service = TestNodes.serviceFile(dir, ports[i], cluster, plan[i][1], plan[i][2]);
                nodes.add(NodeProcess.start(plan[i][0], "--service=" + service, "--release=" + release, "--loops=1",
                        "--call-timeout=10000"));
            }
            for (NodeProcess node : nodes) {
                node.awaitLine("node started", 120);
            }
            nodes.getFirst().awaitLine("(2 member(s) routed to)", 60);
            String victim = TestNodes.post(ports[2], "back/node", "{}").body().replace("\"", "");

            AtomicInteger done = new AtomicInteger();
            CompletableFuture<Void> killer = CompletableFuture.runAsync(() -> killWhileRunning(nodes.get(2), ports[0], victim, done));
            List<HttpResponse<String>> failed = new ArrayList<>();
            for (int call = 0; call < CALLS; call++) {
                HttpResponse<String> answer = TestNodes.post(ports[0], "back/retryable", "{\"ms\": 100}");
                if (answer.statusCode() != 200) {
                    failed.add(answer);
                }
                done.incrementAndGet();
            }
            killer.get(10, TimeUnit.SECONDS);
            assertThat(failed).extracting(answer -> answer.statusCode() + " " + answer.body()).isEmpty();
            nodes.getFirst().awaitLine("idempotent, so run again elsewhere", 10);
        } finally {
            nodes.parallelStream().forEach(NodeProcess::close);
        }
    }

    /** After 50 calls, waits until the victim is running one, then kills it. */
    private static void killWhileRunning(NodeProcess node, int gateway, String victim, AtomicInteger done) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            while (done.get() < 50 || !"1".equals(TestNodes.post(gateway, "back/active", "{\"node\": \"" + victim + "\"}").body())) {
                assertThat(System.nanoTime()).as("waiting for the victim to run a call").isLessThan(deadline);
                TimeUnit.MILLISECONDS.sleep(5);
            }
            node.kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
