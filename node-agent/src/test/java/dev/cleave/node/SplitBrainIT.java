package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Split-brain protection on real processes: two workers with {@code cluster.minimumMembers} 2.
 * When one is killed, the other (now the smaller side) refuses writes to the state with a message
 * naming the key, and still reads; when a second member is back, writes go through again.
 */
class SplitBrainIT {
    private static final String REFUSED = "that cluster.minimumMembers asks for";

    @Test
    void theSideBelowTheMinimumRefusesWritesAndStillReads(@TempDir Path dir) throws InterruptedException {
        Path release = TestProjects.build(Path.of("src/test/resources/projects/state").toAbsolutePath(), dir);
        String clusterName = "split-" + UUID.randomUUID();
        int[] members = {TestNodes.freePort(), TestNodes.freePort()};
        String memberList = "\"127.0.0.1:" + members[0] + "\", \"127.0.0.1:" + members[1] + "\"";
        int[] ports = {TestNodes.freePort(), TestNodes.freePort()};
        Path[] services = new Path[2];
        for (int i = 0; i < 2; i++) {
            String keys = ", \"cluster\": { \"name\": \"" + clusterName + "\", \"members\": [" + memberList + "], \"port\": "
                    + members[i] + ", \"minimumMembers\": 2 }";
            services[i] = TestNodes.serviceFile(dir, ports[i], keys, "worker", "{ \"segments\": [\"store\"] }");
        }
        NodeProcess survivor = start("survivor", services[0], release);
        NodeProcess victim = start("victim", services[1], release);
        NodeProcess returned = null;
        try {
            survivor.awaitLine("node started", 120);
            victim.awaitLine("node started", 120);
            survivor.awaitLine("(1 member(s) routed to)", 60);
            survivor.awaitLine("writes need 2 members in sight (cluster.minimumMembers)", 10);
            assertThat(insert(ports[0], "before").statusCode()).isEqualTo(200);

            victim.kill();
            HttpResponse<String> refused = awaitAnswer(ports[0], "alone", 500);
            assertThat(refused.body()).contains("the state refuses writes: this member sees 1 member(s) of the 2 " + REFUSED);
            HttpResponse<String> read = TestNodes.post(ports[0], "store/get", "{\"id\": \"before\"}");
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains("\"before\"");

            returned = start("returned", services[1], release);
            returned.awaitLine("node started", 120);
            assertThat(awaitAnswer(ports[0], "together", 200).statusCode()).isEqualTo(200);
        } finally {
            survivor.close();
            victim.close();
            if (returned != null) {
                returned.close();
            }
        }
    }

    private static NodeProcess start(String name, Path service, Path release) {
        return NodeProcess.start(name, "--service=" + service, "--release=" + release, "--loops=1", "--call-timeout=10000");
    }

    private static HttpResponse<String> insert(int port, String id) {
        return TestNodes.post(port, "store/insert", "{\"document\": {\"id\": \"" + id + "\"}}");
    }

    /** Inserts new documents until the answer has {@code status} (the cluster notices a member gone or back within seconds). */
    private static HttpResponse<String> awaitAnswer(int port, String id, int status) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> answer = insert(port, id + "-" + attempt);
            if (answer.statusCode() == status && (status != 500 || answer.body().contains(REFUSED))) {
                return answer;
            }
            assertThat(System.nanoTime()).as("waiting for a %d on inserting %s, last: %d %s", status, id,
                    answer.statusCode(), answer.body()).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }
}
