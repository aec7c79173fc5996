package dev.cleave.node.state;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.config.IndexType;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.query.Predicate;
import com.hazelcast.query.Predicates;

/**
 * Hands pending events of the segments this node hosts to their handlers. Every hosting node
 * hears of a new event and races to claim it; one wins. A sweep each second (and at once when a
 * member leaves) claims what is claimable again: events whose holder left, whose lease ran out,
 * or whose retry time has come. A handler that throws is retried after a pause, at most {@link
 * #MAX_ATTEMPTS} attempts; then the event is logged as failed and kept in {@code cleave.event.failed}.
 */
final class EventDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
    static final int MAX_ATTEMPTS = 3;
    private static final long RETRY_PAUSE_MILLIS = 500;
    private static final int IN_FLIGHT = 32;

    private final HazelcastInstance hz;
    private final IMap<String, HazelcastJsonValue> pending;
    private final List<String> segments;
    private final EventHandler handler;
    private final long leaseMillis;
    private final String member;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("cleave-event-sweep").factory());
    private volatile boolean closed;

    EventDispatcher(HazelcastInstance hz, List<String> segments, EventHandler handler, Duration lease) {
        this.hz = hz;
        this.pending = HazelcastEvents.pending(hz);
        this.segments = List.copyOf(segments);
        this.handler = handler;
        this.leaseMillis = lease.toMillis();
        this.member = hz.getCluster().getLocalMember().getUuid().toString();
    }

    void start() {
        pending.addIndex(IndexType.HASH, "segment");
        pending.addIndex(IndexType.SORTED, "leaseUntil");
        pending.addEntryListener((EntryAddedListener<String, HazelcastJsonValue>) added -> claim(added.getKey()),
                Predicates.in("segment", segments.toArray(String[]::new)), false);
        hz.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {}

            @Override
            public void memberRemoved(MembershipEvent event) {
                sweeper.execute(EventDispatcher.this::sweep);
            }
        });
        sweeper.scheduleWithFixedDelay(this::sweep, 0, 1, TimeUnit.SECONDS);
        LOG.info("events: handling {} for segments {}", MAX_ATTEMPTS + " attempt(s) per event", segments);
    }

    private void sweep() {
        if (closed) {
            return;
        }
        try {
            long now = System.currentTimeMillis();
            String[] live = liveMembers().toArray(String[]::new);
            Predicate<String, HazelcastJsonValue> claimable = Predicates.and(
                    Predicates.in("segment", segments.toArray(String[]::new)),
                    Predicates.or(Predicates.lessEqual("leaseUntil", now),
                            Predicates.and(Predicates.notEqual("claimer", ""), Predicates.not(Predicates.in("claimer", live)))));
            for (String key : pending.keySet(claimable)) {
                claim(key);
            }
        } catch (RuntimeException e) {
            if (!closed) {
                LOG.warn("events: sweep failed: {}", e.getMessage());
            }
        }
    }

    private Set<String> liveMembers() {
        return hz.getCluster().getMembers().stream().map(m -> m.getUuid().toString()).collect(Collectors.toSet());
    }

    private void claim(String key) {
        if (closed || !inFlight.tryAcquire()) {
            return; // the next sweep takes it
        }
        long now = System.currentTimeMillis();
        pending.submitToKey(key, new EventClaim(member, now, now + leaseMillis, liveMembers()))
                .toCompletableFuture()
                .thenCompose(envelope -> envelope == null ? java.util.concurrent.CompletableFuture.completedFuture(null)
                        : handle(envelope))
                .whenComplete((done, error) -> {
                    inFlight.release();
                    if (error != null && !closed) {
                        LOG.warn("events: could not claim {}: {}", key, error.getMessage());
                    }
                });
    }

    private java.util.concurrent.CompletableFuture<Void> handle(EventEnvelope envelope) {
        java.util.concurrent.CompletableFuture<Void> run;
        try {
            run = handler.handle(envelope.segment(), envelope.topic(), envelope.event(), envelope.meta());
        } catch (RuntimeException e) {
            run = java.util.concurrent.CompletableFuture.failedFuture(e);
        }
        return run.handle((ok, error) -> error).thenCompose(error -> settle(envelope, error));
    }

    private java.util.concurrent.CompletableFuture<Void> settle(EventEnvelope envelope, Throwable error) {
        if (error == null) {
            return pending.submitToKey(envelope.key(), new EventSettle(member, -1)).toCompletableFuture().thenApply(x -> null);
        }
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        if (envelope.attempts() < MAX_ATTEMPTS) {
            LOG.warn("event handler failed (attempt {} of {}) topic={} segment={} id={}: {}", envelope.attempts(),
                    MAX_ATTEMPTS, envelope.topic(), envelope.segment(), envelope.id(), cause.getMessage());
            long retryAt = System.currentTimeMillis() + RETRY_PAUSE_MILLIS * envelope.attempts();
            return pending.submitToKey(envelope.key(), new EventSettle(member, retryAt)).toCompletableFuture()
                    .thenApply(x -> null);
        }
        LOG.error("event failed after {} attempts topic={} segment={} id={} event={}: {}", MAX_ATTEMPTS, envelope.topic(),
                envelope.segment(), envelope.id(), envelope.event(), cause.getMessage());
        IMap<String, HazelcastJsonValue> failed = hz.getMap(HazelcastEvents.FAILED);
        return failed.setAsync(envelope.key(), envelope.json()).toCompletableFuture()
                .thenCompose(x -> pending.submitToKey(envelope.key(), new EventSettle(member, -1)).toCompletableFuture())
                .thenApply(x -> null);
    }

    @Override
    public void close() {
        closed = true;
        sweeper.shutdownNow();
    }
}
