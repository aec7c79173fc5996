package dev.cleave.node.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.cluster.Member;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import dev.cleave.node.NodeProcess;
import dev.cleave.node.TestNodes;
import dev.cleave.node.TestProjects;

/**
 * The cluster's network as an attacker on it meets it: a gateway and a worker with a trust key, as
 * real processes on 127.0.0.1, probed from this JVM by a Hazelcast client, by plain sockets, and
 * by a Hazelcast member that joined with the cluster's name (which travels in the clear) but
 * without the key, and tries to run the worker's protected procedure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterNetworkIT {
    private static final String KEY = "cluster-network-it-0123456789abcdef0123456789";

    final List<NodeProcess> nodes = new ArrayList<>();
    NodeProcess worker;
    String clusterName;
    int[] memberPorts;
    String memberList;

    @BeforeAll
    void startCluster(@TempDir Path dir) {
        Path release = TestProjects.build(Path.of("src/test/resources/projects/cluster").toAbsolutePath(), dir);
        clusterName = "network-" + UUID.randomUUID();
        memberPorts = new int[] {TestNodes.freePort(), TestNodes.freePort(), TestNodes.freePort()};
        memberList = "\"127.0.0.1:" + memberPorts[0] + "\", \"127.0.0.1:" + memberPorts[1] + "\", \"127.0.0.1:"
                + memberPorts[2] + "\"";
        String[][] plan = {
            {"gateway", "gateway", "{ \"trustKey\": \"" + KEY + "\" }"},
            {"worker", "worker", "{ \"segments\": [\"back\"], \"trustKey\": \"" + KEY + "\" }"},
        };
        for (int i = 0; i < plan.length; i++) {
            String cluster = ", \"cluster\": { \"name\": \"" + clusterName + "\", \"members\": [" + memberList
                    + "], \"port\": " + memberPorts[i] + " }";
            Path service = TestNodes.serviceFile(dir, TestNodes.freePort(), cluster, plan[i][1], plan[i][2]);
            nodes.add(NodeProcess.start(plan[i][0], "--service=" + service, "--release=" + release, "--loops=1",
                    "--call-timeout=5000"));
        }
        worker = nodes.get(1);
        for (NodeProcess node : nodes) {
            node.awaitLine("(1 member(s) routed to)", 120);
        }
    }

    @AfterAll
    void stopCluster() {
        nodes.parallelStream().forEach(NodeProcess::close);
    }

    @Test
    void acceptsNoHazelcastClientEvenOneThatKnowsTheClusterName() {
        ClientConfig config = new ClientConfig().setClusterName(ClusterMember.hazelcastName(clusterName, KEY));
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.getNetworkConfig().addAddress("127.0.0.1:" + memberPorts[0], "127.0.0.1:" + memberPorts[1])
                .setConnectionTimeout(2_000);
        config.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(4_000);
        assertThatThrownBy(() -> HazelcastClient.newHazelcastClient(config).shutdown())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Unable to connect");
    }

    @Test
    void listensForMembersOnTheConfiguredInterfaceOnly() throws IOException {
        Optional<InetAddress> other = otherAddress();
        Assumptions.assumeTrue(other.isPresent(), "this machine has no address but loopback");
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress("127.0.0.1", memberPorts[0]), 2_000);
        }
        try (Socket outside = new Socket()) {
            assertThatThrownBy(() -> outside.connect(new InetSocketAddress(other.get(), memberPorts[0]), 2_000))
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void aMemberWithoutTheKeyCannotRunCallsOrBeRoutedToAndASealedCallRunsOnce() throws Exception {
        HazelcastInstance rogue = Hazelcast.newHazelcastInstance(rogueConfig());
        try {
            UUID self = rogue.getCluster().getLocalMember().getUuid();
            UUID target = workerUuid(rogue);
            BlockingQueue<RemoteReply> replies = new LinkedBlockingQueue<>();
            rogue.<byte[]>getTopic(Topics.replies(self)).addMessageListener(message ->
                    replies.add(RemoteReply.read(open(self, message.getMessageObject()))));
            rogue.<String, String>getMap(ClusterMember.LISTENING).put(self.toString(), "aHR0cDovL3JvZ3Vl");
            nodes.getFirst().awaitLine("not routing calls to member " + self, 30);

            var inbox = rogue.<byte[]>getTopic(Topics.inbox(target));
            inbox.publish(call(1, self).frame());
            worker.awaitLine("refused a call frame from member", 30);
            inbox.publish(FrameSeal.of(KEY + "-guessed").seal(target, call(2, self).frame()));

            byte[] sealed = FrameSeal.of(KEY).seal(target, call(3, self).frame());
            inbox.publish(sealed);
            RemoteReply outcome = awaitReply(replies, RemoteReply.Kind.OUTCOME);
            assertThat(outcome.id()).isEqualTo(3);
            assertThat(outcome.body()).contains("the secret");
            inbox.publish(sealed);
            worker.awaitLine("refused call frame 3 for back/secret from member", 30);
            assertThat(worker.output()).anyMatch(line -> line.contains("it was run before (a replayed frame)"));
            assertThat(replies).noneMatch(reply -> reply.id() != 3);
        } finally {
            rogue.shutdown();
        }
    }

    /** A Hazelcast member as an attacker would start it: the cluster name read off the wire, no trust key. */
    private Config rogueConfig() {
        Config config = new Config().setClusterName(ClusterMember.hazelcastName(clusterName, KEY));
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        MemberNetwork.configure(config, "127.0.0.1", memberPorts[2], 1).getTcpIpConfig().setEnabled(true)
                .setMembers(List.of("127.0.0.1:" + memberPorts[0], "127.0.0.1:" + memberPorts[1]));
        return config;
    }

    private static UUID workerUuid(HazelcastInstance rogue) {
        for (Member member : rogue.getCluster().getMembers()) {
            MemberCard card = MemberCard.parse(member.getAttribute(MemberCard.ATTRIBUTE));
            if (card != null && card.segments().contains("back")) {
                return member.getUuid();
            }
        }
        throw new AssertionError("no member hosts segment back: " + rogue.getCluster().getMembers());
    }

    private static RemoteCall call(long id, UUID replyTo) {
        return new RemoteCall(id, replyTo, "back/secret", "0.0.0", "0.0.0", Map.of(), "{}", null,
                false, false, true, 5_000, System.currentTimeMillis() + 5_000);
    }

    /** The worker seals its replies for the member that called: this test holds the key, so it can read them. */
    private static byte[] open(UUID self, byte[] frame) {
        byte[] opened = FrameSeal.of(KEY).open(self, frame);
        assertThat(opened).as("the worker's reply is sealed with the cluster's key").isNotNull();
        return opened;
    }

    private static RemoteReply awaitReply(BlockingQueue<RemoteReply> replies, RemoteReply.Kind kind)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            RemoteReply reply = replies.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (reply != null && reply.kind() == kind) {
                return reply;
            }
        }
        throw new AssertionError("no " + kind + " reply within 30 s");
    }

    private static Optional<InetAddress> otherAddress() throws SocketException {
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            if (network.isUp() && !network.isLoopback()) {
                Optional<InetAddress> address = network.inetAddresses().filter(Inet4Address.class::isInstance).findFirst();
                if (address.isPresent()) {
                    return address;
                }
            }
        }
        return Optional.empty();
    }
}
