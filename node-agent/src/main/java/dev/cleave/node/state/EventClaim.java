package dev.cleave.node.state;

import java.util.Map;
import java.util.Set;

import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.EntryProcessor;

/**
 * Takes a pending event for {@code member} until {@code leaseUntil}, where its entry lives: only
 * when nobody holds it, its lease has run out, or its holder is no longer a member. Gives the
 * claimed envelope, or {@code null} when it cannot be taken (or is gone).
 */
record EventClaim(String member, long now, long leaseUntil, Set<String> liveMembers)
        implements EntryProcessor<String, HazelcastJsonValue, EventEnvelope> {

    @Override
    public EventEnvelope process(Map.Entry<String, HazelcastJsonValue> entry) {
        if (entry.getValue() == null) {
            return null;
        }
        EventEnvelope envelope = EventEnvelope.of(entry.getValue());
        boolean held = !envelope.claimer().isEmpty() && liveMembers.contains(envelope.claimer());
        if (envelope.leaseUntil() > now && (held || envelope.claimer().isEmpty())) {
            return null; // being handled, or released to wait before its next attempt
        }
        EventEnvelope claimed = envelope.claimed(member, leaseUntil);
        entry.setValue(claimed.json());
        return claimed;
    }
}
