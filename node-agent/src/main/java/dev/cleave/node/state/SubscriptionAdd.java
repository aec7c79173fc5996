package dev.cleave.node.state;

import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.EntryProcessor;

/** Adds a segment to the subscribers of a topic (a JSON array of segment names), atomically. */
record SubscriptionAdd(String segment) implements EntryProcessor<String, HazelcastJsonValue, Void> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Void process(Map.Entry<String, HazelcastJsonValue> entry) {
        TreeSet<String> segments = segments(entry.getValue());
        if (segments.add(segment)) {
            try {
                entry.setValue(new HazelcastJsonValue(JSON.writeValueAsString(segments)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    static TreeSet<String> segments(HazelcastJsonValue value) {
        if (value == null) {
            return new TreeSet<>();
        }
        try {
            return JSON.readValue(value.getValue(), new TypeReference<TreeSet<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the subscribers of a topic are not readable: " + e.getOriginalMessage(), e);
        }
    }
}
