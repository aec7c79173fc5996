package dev.cleave.node.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.hazelcast.cluster.MembershipAdapter;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.ListenerConfig;
import com.hazelcast.config.TopicConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;

import dev.cleave.node.config.ClusterConfig;
import dev.cleave.node.config.ConfigException;
import dev.cleave.node.execution.LocalInvoker;
import dev.cleave.node.execution.ProcedureDirectory;
import dev.cleave.runtime.execution.Implementation;
import dev.cleave.runtime.execution.ProcedureCatalog;

/**
 * This node as a member of the cluster: an embedded Hazelcast member that joins with its card
 * (what it hosts) as a member attribute, keeps the {@link RoutingTable} of the others, and answers
 * their calls through the node's {@link LocalInvoker}: calls arrive on the member's inbox topic
 * and replies go back on the caller's reply topic ({@link Topics}). Created before the runtime (whose nested
 * calls use {@link #remote()}); joins once the node can serve.
 */
public final class ClusterMember implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterMember.class);
    /** Members that listen on their inbox, by UUID: the others send them calls only once they are here. */
    static final String LISTENING = "cleave.listening";
    /** Calls taken by a member, by {@link CallInbox#takenKey}; not under {@code cleave.*}, so never written to a database. */
    static final String TAKEN = "cleave-taken";
    private static final String UNSEALED = "has no seal of this cluster's trust key (a member that joined without"
            + " the key, or a frame changed on the way)";

    private final ClusterConfig config;
    private final String trustKey;
    private final RoutingTable table;
    private final RemoteInvoker remote;
    private final List<MemberExtension> extensions;
    private final Map<String, ITopic<byte[]>> topics = new ConcurrentHashMap<>();
    private final FrameSeal seal;
    private final RefusalLog refusals = new RefusalLog(LOG);
    private HazelcastInstance hazelcast;

    /** {@code trustKey}, when not {@code null}, must be the same on every member of the cluster. */
    public ClusterMember(ClusterConfig config, String release, Duration callTimeout, String trustKey,
                         List<MemberExtension> extensions) {
        this.config = config;
        this.trustKey = trustKey;
        this.seal = FrameSeal.of(trustKey);
        this.extensions = List.copyOf(extensions);
        this.table = new RoutingTable(release);
        this.remote = new RemoteInvoker(table, callTimeout);
    }

    /** Runs calls on other members; answers "unavailable" until the member has joined. */
    public RemoteInvoker remote() {
        return remote;
    }

    /** The procedures of the other members. */
    public ProcedureDirectory directory() {
        return table;
    }

    /**
     * Starts the Hazelcast member and joins the cluster, published as hosting {@code hosted} of
     * {@code segments}; {@code catalog} and {@code invoker} are {@code null} on a node that hosts none.
     */
    public void join(String url, String release, List<String> segments, List<Implementation> hosted,
                     ProcedureCatalog catalog, LocalInvoker invoker) {
        long started = System.nanoTime();
        Config hz = hazelcastConfig(MemberCard.of(url, release, segments, hosted));
        extensions.forEach(extension -> extension.configure(hz));
        this.hazelcast = Hazelcast.newHazelcastInstance(hz);
        extensions.forEach(extension -> extension.joined(hazelcast));
        UUID self = hazelcast.getCluster().getLocalMember().getUuid();
        IMap<String, String> listening = hazelcast.getMap(LISTENING);
        IMap<String, Boolean> taken = hazelcast.getMap(TAKEN);
        topic(Topics.replies(self)).addMessageListener(message -> opened(self, "reply", message, remote.pending()::accept));
        hazelcast.getCluster().addMembershipListener(new MembershipAdapter() {
            @Override
            public void memberRemoved(MembershipEvent event) {
                UUID gone = event.getMember().getUuid();
                // off Hazelcast's event thread: the record of taken calls is read with blocking gets
                Thread.ofVirtual().name("cleave-member-left").start(() -> remote.pending().memberLeft(gone,
                        id -> taken.containsKey(CallInbox.takenKey(self, id))));
                listening.removeAsync(gone.toString());
                topics.remove(Topics.inbox(gone));
                topics.remove(Topics.replies(gone));
            }
        });
        listening.addEntryListener((EntryAddedListener<String, String>) added -> listening(added.getKey(), added.getValue()),
                true);
        listening.forEach(this::listening);
        remote.connect(self, (member, frame) -> topic(Topics.inbox(member)).publish(seal.seal(member, frame)));
        if (invoker != null) {
            CallInbox inbox = new CallInbox(catalog, invoker,
                    (member, reply) -> topic(Topics.replies(member)).publish(seal.seal(member, reply.frame())),
                    (key, millis) -> taken.set(key, Boolean.TRUE, millis, TimeUnit.MILLISECONDS));
            topic(Topics.inbox(self)).addMessageListener(message -> opened(self, "call", message,
                    frame -> inbox.accept(frame, message.getPublishingMember())));
            listening.put(self.toString(), Base64.getEncoder().encodeToString(seal.seal(self,
                    url.getBytes(StandardCharsets.UTF_8))));
        }
        LOG.info("cluster joined name={} member={} members={} routed-to={} in {} ms", config.name(),
                hazelcast.getCluster().getLocalMember().getAddress(), hazelcast.getCluster().getMembers().size(),
                table.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Gives {@code take} the frame of {@code message} when its seal is this cluster's for {@code self}. */
    private void opened(UUID self, String kind, Message<byte[]> message, Consumer<byte[]> take) {
        byte[] frame = seal.open(self, message.getMessageObject());
        if (frame == null) {
            refusals.refused(kind, "refused a {} frame from member {}: it {}", kind, message.getPublishingMember(), UNSEALED);
        } else {
            take.accept(frame);
        }
    }

    /**
     * A member says it listens on its inbox: its entry is its URL sealed for its own UUID, so that a
     * member without the trust key is never sent calls (which carry the callers' headers).
     */
    private void listening(String member, String entry) {
        try {
            UUID uuid = UUID.fromString(member);
            if (seal.open(uuid, Base64.getDecoder().decode(entry)) != null) {
                table.listening(uuid);
                return;
            }
        } catch (IllegalArgumentException e) {
            // not a UUID, or not Base64: not a member's entry
        }
        refusals.refused("listening", "not routing calls to member {}: its entry in {} {}", member, LISTENING, UNSEALED);
    }

    private ITopic<byte[]> topic(String name) {
        return topics.computeIfAbsent(name, hazelcast::getTopic);
    }

    private Config hazelcastConfig(MemberCard card) {
        Config hz = new Config();
        hz.setClusterName(hazelcastName(config.name(), trustKey));
        hz.setInstanceName("cleave-" + card.url().replaceAll("[^A-Za-z0-9]+", "-"));
        hz.setProperty("hazelcast.phone.home.enabled", "false");
        hz.setProperty("hazelcast.logging.type", "slf4j");
        hz.setProperty("hazelcast.shutdownhook.enabled", "false"); // the node leaves in its own graceful stop
        hz.setProperty("hazelcast.wait.seconds.before.join", "1");
        hz.setProperty("hazelcast.tcp.join.port.try.count", "10");
        hz.setProperty("hazelcast.merge.first.run.delay.seconds", "10");
        hz.setProperty("hazelcast.merge.next.run.delay.seconds", "5");
        hz.getMemberAttributeConfig().setAttribute(MemberCard.ATTRIBUTE, card.json());
        hz.addListenerConfig(new ListenerConfig(table));
        hz.addTopicConfig(new TopicConfig(Topics.ALL).setStatisticsEnabled(false).setMultiThreadingEnabled(true));
        JoinConfig join = MemberNetwork.configure(hz, interfaceAddress(config.interfaceAddress()), config.port(), 100);
        if (config.kubernetes() == null) {
            join.getTcpIpConfig().setEnabled(true).setMembers(config.members());
        } else {
            join.getKubernetesConfig().setEnabled(true).setProperty("service-dns", config.kubernetes().serviceDns());
        }
        return hz;
    }

    /**
     * The address for {@code cluster.interface}: an IP address or pattern ({@code 10.0.*.*}) as it
     * is, a host name resolved (a container's own name, in compose).
     */
    static String interfaceAddress(String configured) {
        if (configured.matches("[0-9*.\\-]+")) {
            return configured;
        }
        try {
            return InetAddress.getByName(configured).getHostAddress();
        } catch (UnknownHostException e) {
            throw new ConfigException("cluster.interface '" + configured + "' is neither an IP address"
                    + " nor a host name this machine resolves — give the address this node's member binds to");
        }
    }

    /**
     * The Hazelcast cluster name: the configured name, and with a trust key a digest of it, so that
     * a member without the same key is refused at the join (Hazelcast compares cluster names).
     */
    static String hazelcastName(String name, String trustKey) {
        if (trustKey == null) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("cleave.cluster\n" + name + "\n" + trustKey).getBytes(StandardCharsets.UTF_8));
            return name + "-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a worker that knows only this node's URL needs to join: {"name", "members": ["host:port", ...]}. */
    public String joinDetails() {
        var details = new java.util.LinkedHashMap<String, Object>();
        details.put("name", config.name());
        details.put("members", hazelcast == null ? List.of() : hazelcast.getCluster().getMembers().stream()
                .map(member -> member.getAddress().getHost() + ":" + member.getAddress().getPort()).toList());
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(details);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Members of the cluster, this one included; 0 before joining. */
    public int members() {
        return hazelcast == null ? 0 : hazelcast.getCluster().getMembers().size();
    }

    /** Leaves the cluster: the others drop this member from their routing tables at once. */
    @Override
    public void close() {
        if (hazelcast != null) {
            hazelcast.shutdown();
            hazelcast = null;
        }
    }
}
