package dev.cleave.node.state;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
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

import dev.cleave.node.cluster.RefusalLog;

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
    private final EventSeal seal;
    private final RefusalLog refusals = new RefusalLog(LOG);
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("cleave-event-sweep").factory());
    private volatile boolean closed;

    EventDispatcher(HazelcastInstance hz, List<String> segments, EventHandler handler, Duration lease, EventSeal seal) {
        this.hz = hz;
        this.seal = seal;
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
        LOG.info("events: handling the subscriptions of segments {} (at most {} attempts per event)", segments, MAX_ATTEMPTS);
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

    /** Tries to take the event on a virtual thread; if taken, runs its handler and settles it there. */
    private void claim(String key) {
        if (closed || !inFlight.tryAcquire()) {
            return; // the next sweep takes it
        }
        Thread.ofVirtual().name("cleave-event").start(() -> {
            try {
                long now = System.currentTimeMillis();
                EventEnvelope envelope = pending.executeOnKey(key, new EventClaim(member, now, now + leaseMillis, liveMembers()));
                if (envelope != null && !seal.verifies(envelope)) {
                    refuse(envelope);
                } else if (envelope != null) {
                    settle(envelope, outcome(envelope));
                }
            } catch (RuntimeException e) {
                if (!closed) {
                    LOG.warn("events: could not hand on {}: {}", key, e.getMessage());
                }
            } finally {
                inFlight.release();
            }
        });
    }

    /**
     * Drops an event that does not carry this cluster's seal (put there by a member without the
     * trust key), with a warning at most every 10 s.
     */
    private void refuse(EventEnvelope envelope) {
        pending.executeOnKey(envelope.key(), new EventSettle(member, -1));
        refusals.refused("event", "events: refused event {} of topic {} for segment {}: it has no seal of this cluster's"
                + " trust key", envelope.id(), envelope.topic(), envelope.segment());
    }

    /** Runs the handler and waits for it; its error, or {@code null}. */
    private Throwable outcome(EventEnvelope envelope) {
        try {
            handler.handle(envelope.segment(), envelope.topic(), envelope.event(), envelope.meta()).join();
            return null;
        } catch (CompletionException e) {
            return e.getCause() == null ? e : e.getCause();
        } catch (RuntimeException e) {
            return e;
        }
    }

    private void settle(EventEnvelope envelope, Throwable error) {
        if (error == null) {
            pending.executeOnKey(envelope.key(), new EventSettle(member, -1));
        } else if (envelope.attempts() < MAX_ATTEMPTS) {
            LOG.warn("event handler failed (attempt {} of {}) topic={} segment={} id={}: {}", envelope.attempts(),
                    MAX_ATTEMPTS, envelope.topic(), envelope.segment(), envelope.id(), error.getMessage());
            long retryAt = System.currentTimeMillis() + RETRY_PAUSE_MILLIS * envelope.attempts();
            pending.executeOnKey(envelope.key(), new EventSettle(member, retryAt));
        } else {
            LOG.error("event failed after {} attempts topic={} segment={} id={} event={}: {}", MAX_ATTEMPTS,
                    envelope.topic(), envelope.segment(), envelope.id(), envelope.event(), error.getMessage());
            hz.<String, HazelcastJsonValue>getMap(HazelcastEvents.FAILED).set(envelope.key(), envelope.json());
            pending.executeOnKey(envelope.key(), new EventSettle(member, -1));
        }
    }

    @Override
    public void close() {
        closed = true;
        sweeper.shutdownNow();
    }
}
