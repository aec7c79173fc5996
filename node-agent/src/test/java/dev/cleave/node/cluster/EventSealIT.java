package dev.cleave.node.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastJsonValue;

import dev.cleave.node.NodeProcess;
import dev.cleave.node.TestNodes;
import dev.cleave.node.TestProjects;

/**
 * Events on a cluster with a trust key: a worker (a real process) whose segment handles topic
 * {@code liked}, and a Hazelcast member that joined with the cluster's name but without the key
 * and puts a forged event straight into {@code cleave.event.pending}. The worker refuses it (the
 * handler never runs) and handles a real event published through a procedure.
 */
class EventSealIT {
    private static final String KEY = "event-seal-it-0123456789abcdef0123456789abcdef";

    @Test
    void runsSealedEventsOnlyAndRefusesOnesPutThereWithoutTheKey(@TempDir Path dir) throws InterruptedException {
        Path release = TestProjects.build(Path.of("src/test/resources/projects/state").toAbsolutePath(), dir);
        String clusterName = "events-" + UUID.randomUUID();
        int[] members = {TestNodes.freePort(), TestNodes.freePort()};
        int port = TestNodes.freePort();
        String keys = ", \"cluster\": { \"name\": \"" + clusterName + "\", \"members\": [\"127.0.0.1:" + members[0]
                + "\"], \"port\": " + members[0] + " }";
        Path service = TestNodes.serviceFile(dir, port, keys, "worker",
                "{ \"segments\": [\"store\", \"notify\"], \"trustKey\": \"" + KEY + "\" }");
        try (NodeProcess worker = NodeProcess.start("worker", "--service=" + service, "--release=" + release, "--loops=1")) {
            worker.awaitLine("node started", 120);
            worker.awaitLine("events: handling the subscriptions of segments", 60);
            HazelcastInstance rogue = Hazelcast.newHazelcastInstance(rogueConfig(clusterName, members));
            try {
                // one as the format was before seals, one with a seal made without the key
                var pending = rogue.<String, HazelcastJsonValue>getMap("cleave.event.pending");
                pending.put("forged-1/notify", new HazelcastJsonValue(forged("forged-1", "")));
                pending.put("forged-2/notify", new HazelcastJsonValue(forged("forged-2", ",\"seal\":\"" + "00".repeat(32) + "\"")));
                worker.awaitLine("of topic liked for segment notify: it has no seal of this cluster's trust key", 30);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (pending.containsKey("forged-1/notify") || pending.containsKey("forged-2/notify")) {
                    assertThat(System.nanoTime()).as("waiting for the forged events to be dropped").isLessThan(deadline);
                    TimeUnit.MILLISECONDS.sleep(100);
                }

                HttpResponse<String> published = TestNodes.post(port, "store/publish",
                        "{\"topic\": \"liked\", \"event\": {\"key\": \"genuine\"}}");
                assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
                awaitCount(port, "handled:genuine", 1);
                assertThat(count(port, "attempts:forged")).as("the forged events' handler never ran").isZero();
            } finally {
                rogue.shutdown();
            }
        }
    }

    private static String forged(String id, String seal) {
        return "{\"id\":\"" + id + "\",\"topic\":\"liked\",\"segment\":\"notify\",\"event\":\"{\\\"key\\\":\\\"forged\\\"}\","
                + "\"publishedAt\":" + System.currentTimeMillis() + ",\"attempts\":0,\"claimer\":\"\",\"leaseUntil\":0" + seal + "}";
    }

    /** A member as an attacker would start it: the cluster name read off the wire, no trust key. */
    private static Config rogueConfig(String clusterName, int[] members) {
        Config config = new Config().setClusterName(ClusterMember.hazelcastName(clusterName, KEY));
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        MemberNetwork.configure(config, "127.0.0.1", members[1], 1).getTcpIpConfig().setEnabled(true)
                .setMembers(List.of("127.0.0.1:" + members[0]));
        return config;
    }

    private static long count(int port, String key) {
        HttpResponse<String> answer = TestNodes.post(port, "store/read", "{\"key\": \"" + key + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Long.parseLong(answer.body().trim());
    }

    private static void awaitCount(int port, String key, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (count(port, key) != expected) {
            assertThat(System.nanoTime()).as("waiting for %s to be %d", key, expected).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }
}
