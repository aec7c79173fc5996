package dev.cleave.node.state;

import java.util.Map;

import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.EntryProcessor;

/**
 * Ends an attempt of {@code member} on a pending event: removes it ({@code retryAt < 0}: handled,
 * or given up) or releases it to be tried again from {@code retryAt}. Does nothing when another
 * member has taken it since (its lease ran out).
 */
record EventSettle(String member, long retryAt) implements EntryProcessor<String, HazelcastJsonValue, Boolean> {

    @Override
    public Boolean process(Map.Entry<String, HazelcastJsonValue> entry) {
        if (entry.getValue() == null) {
            return false;
        }
        EventEnvelope envelope = EventEnvelope.of(entry.getValue());
        if (!member.equals(envelope.claimer())) {
            return false;
        }
        entry.setValue(retryAt < 0 ? null : envelope.released(retryAt).json());
        return true;
    }
}
