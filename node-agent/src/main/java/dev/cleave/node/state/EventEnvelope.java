package dev.cleave.node.state;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.core.HazelcastJsonValue;

/**
 * A pending event of one subscribing segment, as stored in {@code cleave.event.pending} under
 * {@code <id>/<segment>}. {@code claimer} is the member handling it ({@code ""}: nobody) until
 * {@code leaseUntil} (epoch ms); a released event waits until {@code leaseUntil} before its next attempt.
 *
 * @param event JSON of the published value
 * @param seal  the {@link EventSeal} of the content, {@code ""} on a node without a trust key
 */
record EventEnvelope(String id, String topic, String segment, String event, long publishedAt, int attempts,
                     String claimer, long leaseUntil, String seal) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static EventEnvelope fresh(String id, String topic, String segment, String event, long now, EventSeal sealer) {
        return new EventEnvelope(id, topic, segment, event, now, 0, "", 0, sealer.seal(id, topic, segment, event, now));
    }

    String key() {
        return id + "/" + segment;
    }

    EventEnvelope claimed(String member, long until) {
        return new EventEnvelope(id, topic, segment, event, publishedAt, attempts + 1, member, until, seal);
    }

    EventEnvelope released(long retryAt) {
        return new EventEnvelope(id, topic, segment, event, publishedAt, attempts, "", retryAt, seal);
    }

    /** What a handler gets as {@code meta}. */
    String meta() {
        return write(Map.of("id", id, "topic", topic, "attempt", attempts, "publishedAt", publishedAt));
    }

    HazelcastJsonValue json() {
        return new HazelcastJsonValue(write(this));
    }

    static EventEnvelope of(HazelcastJsonValue value) {
        try {
            return JSON.readValue(value.getValue(), EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a pending event is not readable: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
