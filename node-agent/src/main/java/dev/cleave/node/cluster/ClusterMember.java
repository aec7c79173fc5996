package dev.cleave.node.cluster;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.ListenerConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import dev.cleave.node.config.ClusterConfig;
import dev.cleave.node.execution.LocalInvoker;
import dev.cleave.node.execution.ProcedureDirectory;
import dev.cleave.runtime.execution.Implementation;
import dev.cleave.runtime.execution.ProcedureCatalog;

/**
 * This node as a member of the cluster: an embedded Hazelcast member that joins with its card
 * (what it hosts) as a member attribute, keeps the {@link RoutingTable} of the others, and answers
 * their calls through the node's {@link LocalInvoker}. Created before the runtime (whose nested
 * calls use {@link #remote()}); joins once the node can serve.
 */
public final class ClusterMember implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterMember.class);
    static final String EXECUTOR = "cleave.calls";
    /** Calls a member runs for others at once; each holds an executor thread while its procedure runs. */
    private static final int EXECUTOR_THREADS = 64;

    private final ClusterConfig config;
    private final RoutingTable table;
    private final RemoteInvoker remote;
    private final List<MemberExtension> extensions;
    private HazelcastInstance hazelcast;

    public ClusterMember(ClusterConfig config, String release, Duration callTimeout, List<MemberExtension> extensions) {
        this.config = config;
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
        if (invoker != null) {
            hz.getUserContext().put(CallHost.KEY, new CallHost(catalog, invoker));
        }
        extensions.forEach(extension -> extension.configure(hz));
        this.hazelcast = Hazelcast.newHazelcastInstance(hz);
        extensions.forEach(extension -> extension.joined(hazelcast));
        remote.connect(hazelcast.getExecutorService(EXECUTOR));
        LOG.info("cluster joined name={} member={} members={} routed-to={} in {} ms", config.name(),
                hazelcast.getCluster().getLocalMember().getAddress(), hazelcast.getCluster().getMembers().size(),
                table.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private Config hazelcastConfig(MemberCard card) {
        Config hz = new Config();
        hz.setClusterName(config.name());
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
        hz.getExecutorConfig(EXECUTOR).setPoolSize(EXECUTOR_THREADS).setStatisticsEnabled(false);
        NetworkConfig network = hz.getNetworkConfig();
        network.setPort(config.port()).setPortAutoIncrement(true).setPortCount(100);
        network.getInterfaces().setEnabled(true).addInterface(config.interfaceAddress());
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(config.members());
        return hz;
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
