package dev.cleave.node.state;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.LoggerFactory;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.splitbrainprotection.SplitBrainProtectionException;

/**
 * The Hazelcast instance that holds the state, once it is there, and a way to run blocking map
 * operations off the loops. The instance is the cluster member on a clustered node and a private
 * one-member instance on a standalone node.
 */
final class StateMaps {
    static final String DOCUMENT_PREFIX = "cleave.doc.";
    static final String COUNTERS = "cleave.counters";
    static final String BLOBS = "cleave.blobs";
    /** Maps of events: {@code cleave.event.pending}, {@code cleave.event.failed}, {@code cleave.event.subscriptions}. */
    static final String EVENT_PREFIX = "cleave.event.";

    private final Supplier<CompletableFuture<HazelcastInstance>> instance;
    private final Supplier<CompletableFuture<HazelcastInstance>> ready;
    private final ExecutorService blocking = Executors.newVirtualThreadPerTaskExecutor();
    private final int minimumMembers;

    /**
     * @param instance gives the instance for an operation now: it may start it on first use, or
     *                 fail when it cannot be there yet (a clustered node that has not joined)
     * @param ready    completes when the instance is there, however long that takes
     * @param minimumMembers the split-brain protection's size, for the message of a refused write
     */
    StateMaps(Supplier<CompletableFuture<HazelcastInstance>> instance,
              Supplier<CompletableFuture<HazelcastInstance>> ready, int minimumMembers) {
        this.instance = instance;
        this.ready = ready;
        this.minimumMembers = minimumMembers;
    }

    /** Runs {@code work} on a virtual thread once the instance is there; failures are logged. */
    void whenReady(Consumer<HazelcastInstance> work) {
        ready.get().thenAcceptAsync(work, blocking).exceptionally(error -> {
            LoggerFactory.getLogger(StateMaps.class).error("state: {}", error.getMessage());
            return null;
        });
    }

    <K, V> IMap<K, V> map(HazelcastInstance hazelcast, String name) {
        return hazelcast.getMap(name);
    }

    void close() {
        blocking.close();
    }

    /**
     * Runs {@code work} on a virtual thread once the instance is there. Work calls Hazelcast's
     * blocking API, which parks only the virtual thread. Not its async API: on a machine whose
     * common pool has one thread (2 cores), Hazelcast completes each of those futures through a
     * new platform thread, which cost about a millisecond per operation (measured).
     */
    <T> CompletableFuture<T> blocking(Function<HazelcastInstance, T> work) {
        return instance.get().thenApplyAsync(hazelcast -> {
            try {
                return work.apply(hazelcast);
            } catch (SplitBrainProtectionException e) {
                throw new IllegalStateException("the state refuses writes: this member sees "
                        + hazelcast.getCluster().getMembers().size() + " member(s) of the " + minimumMembers
                        + " that cluster.minimumMembers asks for (the cluster is split or members are down); try again", e);
            }
        }, blocking);
    }
}
