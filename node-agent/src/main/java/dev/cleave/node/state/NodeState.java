package dev.cleave.node.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;

import dev.cleave.node.cluster.MemberExtension;
import dev.cleave.node.config.StateConfig;
import dev.cleave.runtime.state.StateBindings;

/**
 * The state of a node's app. On a standalone node it lives in a private Hazelcast member that
 * starts when the app first uses state and writes through to an H2 file (or to {@code
 * state.jdbcUrl}). On a clustered node it lives on the cluster member: in memory with one backup,
 * or written through to {@code state.jdbcUrl}; it can be used once the member has joined.
 */
public final class NodeState implements MemberExtension, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeState.class);
    private static final String DEFAULT_DATA_DIR = "./data";

    private final StateConfig config;
    private final boolean clustered;
    private final int minimumMembers;
    private final EventSeal seal;
    private final CompletableFuture<HazelcastInstance> instance = new CompletableFuture<>();
    private final StateMaps maps;
    private final HazelcastEvents events;
    private final StateBindings bindings;
    private StateDatabase database;
    private EventDispatcher dispatcher;
    private boolean closed;
    private boolean started;

    private NodeState(StateConfig config, boolean clustered, String release, int minimumMembers, EventSeal seal) {
        this.config = config;
        this.clustered = clustered;
        this.minimumMembers = minimumMembers;
        this.maps = new StateMaps(this::instance, this::ready, minimumMembers);
        this.seal = seal;
        this.events = new HazelcastEvents(maps, release, seal);
        this.bindings = new StateBindings(new HazelcastDocuments(maps), new HazelcastCounters(maps),
                new HazelcastBlobs(maps, config.blobLimitBytes()), events);
    }

    /** State of a node alone running {@code release}: nothing starts until the app uses state. */
    public static NodeState standalone(StateConfig config, String release) {
        return new NodeState(config, false, release, 1, EventSeal.NONE);
    }

    /**
     * State on the cluster member; pass it to the member as a {@link MemberExtension}. With
     * {@code minimumMembers} over 1, a member that sees fewer members refuses writes; with a
     * {@code trustKey}, pending events are sealed and unsealed ones refused.
     */
    public static NodeState clustered(StateConfig config, String release, int minimumMembers, String trustKey) {
        return new NodeState(config, true, release, minimumMembers, EventSeal.of(trustKey));
    }

    /**
     * Once the node has loaded its segments (and joined its cluster): if they subscribed to
     * topics, makes that known to the cluster and starts handing their events to {@code handler}.
     * An event whose handler has not settled within {@code lease} may be taken by another node.
     */
    public void startEvents(List<String> segments, EventHandler handler, Duration lease) {
        if (!events.anySubscriptions()) {
            return;
        }
        instance().thenAcceptAsync(hz -> {
            events.record(hz);
            synchronized (this) {
                if (closed) {
                    return;
                }
                dispatcher = new EventDispatcher(hz, segments, handler, lease, seal);
                dispatcher.start();
            }
        }, runnable -> Thread.ofVirtual().start(runnable)).exceptionally(error -> {
            LOG.error("events could not start: {}", error.getMessage());
            return null;
        });
    }

    public StateBindings bindings() {
        return bindings;
    }

    private synchronized CompletableFuture<HazelcastInstance> instance() {
        if (clustered) {
            return instance.isDone() ? instance : CompletableFuture.failedFuture(new IllegalStateException(
                    "state can be used once the node has joined its cluster, not in setUp modules of a clustered node"));
        }
        if (started) {
            return instance;
        }
        started = true;
        Thread.ofPlatform().name("cleave-state-start").start(() -> {
            try {
                long begun = System.nanoTime();
                String jdbcUrl = jdbcUrl();
                database = StateDatabase.open(jdbcUrl);
                instance.complete(StateMember.startPrivate(database));
                LOG.info("state started: written through to {} in {} ms", jdbcUrl, (System.nanoTime() - begun) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.error("state could not start: {}", e.getMessage());
                instance.completeExceptionally(e);
            }
        });
        return instance;
    }

    /** The instance once it is there: a clustered node's once it has joined; a standalone node's is started now. */
    private CompletableFuture<HazelcastInstance> ready() {
        return clustered ? instance : instance();
    }

    private String jdbcUrl() {
        if (config.jdbcUrl() != null) {
            return config.jdbcUrl();
        }
        Path dir = Path.of(config.dataDir() == null ? DEFAULT_DATA_DIR : config.dataDir()).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the data folder " + dir + " (state.dataDir): " + e.getMessage(), e);
        }
        // WRITE_DELAY=0: a commit is written to the file before the write returns (H2's default keeps
        // it up to 500 ms in memory, and a process killed then lost acknowledged writes)
        return "jdbc:h2:file:" + dir.resolve("cleave") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    @Override
    public void configure(Config hazelcast) {
        if (config.jdbcUrl() != null) {
            database = StateDatabase.open(config.jdbcUrl());
            StateMember.persist(hazelcast, database);
        }
        StateMember.protect(hazelcast, minimumMembers);
    }

    @Override
    public void joined(HazelcastInstance hazelcast) {
        instance.complete(hazelcast);
        LOG.info("state on the cluster: {}{}", database == null ? "in memory with one backup (no state.jdbcUrl)"
                : "written through to " + config.jdbcUrl(), minimumMembers > 1
                ? "; writes need " + minimumMembers + " members in sight (cluster.minimumMembers)" : "");
    }

    /** Stops taking events; those not yet taken wait in the cluster (or the database) for another node or the next start. */
    public synchronized void stopEvents() {
        closed = true;
        if (dispatcher != null) {
            dispatcher.close();
            dispatcher = null;
        }
    }

    /** Stops the private member (a cluster member is stopped by the cluster) and closes the database. */
    @Override
    public synchronized void close() {
        stopEvents();
        if (!clustered && started) {
            instance.thenAccept(HazelcastInstance::shutdown).exceptionally(error -> null).join();
        }
        maps.close();
        if (database != null) {
            database.close();
        }
    }
}
