package dev.cleave.node.state;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.IMap;

import dev.cleave.runtime.state.EventStore;

/**
 * Events as entries of {@code cleave.event.pending}, one per subscribing segment, so that each
 * segment gets each event once and an event outlives the node that would handle it. Who
 * subscribes is kept per release in {@code cleave.event.subscriptions} ({@code <release>/<topic>}
 * → JSON array of segments), so a node that does not host a segment still publishes to it.
 */
final class HazelcastEvents implements EventStore {
    static final String PENDING = "cleave.event.pending";
    static final String FAILED = "cleave.event.failed";
    static final String SUBSCRIPTIONS = "cleave.event.subscriptions";

    private final StateMaps maps;
    private final String release;
    private final EventSeal seal;
    /** (segment, topic) pairs subscribed by this node's modules. */
    private final Set<Map.Entry<String, String>> local = ConcurrentHashMap.newKeySet();

    HazelcastEvents(StateMaps maps, String release, EventSeal seal) {
        this.maps = maps;
        this.release = release;
        this.seal = seal;
    }

    /** Noted here while the node loads; {@link #record} makes them known to the cluster once it can. */
    @Override
    public void subscribe(String segment, String topic) {
        local.add(Map.entry(segment, topic));
    }

    /** Whether a module of this node subscribed to anything. */
    boolean anySubscriptions() {
        return !local.isEmpty();
    }

    /** Records this node's subscriptions in the cluster (blocking). */
    void record(HazelcastInstance hz) {
        for (Map.Entry<String, String> subscription : local) {
            subscriptions(hz).executeOnKey(release + "/" + subscription.getValue(), new SubscriptionAdd(subscription.getKey()));
        }
    }

    @Override
    public CompletableFuture<Void> publish(String topic, String event) {
        String id = UUID.randomUUID().toString();
        long now = System.currentTimeMillis();
        return maps.blocking(hz -> {
            TreeSet<String> segments = SubscriptionAdd.segments(subscriptions(hz).get(release + "/" + topic));
            Map<String, HazelcastJsonValue> entries = new HashMap<>();
            for (String segment : segments) {
                EventEnvelope envelope = EventEnvelope.fresh(id, topic, segment, event, now, seal);
                entries.put(envelope.key(), envelope.json());
            }
            pending(hz).putAll(entries);
            return null;
        });
    }

    static IMap<String, HazelcastJsonValue> pending(HazelcastInstance hz) {
        return hz.getMap(PENDING);
    }

    private static IMap<String, HazelcastJsonValue> subscriptions(HazelcastInstance hz) {
        return hz.getMap(SUBSCRIPTIONS);
    }
}
