package dev.cleave.node.state;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.map.EntryProcessor;

import dev.cleave.runtime.state.StateInputException;

/**
 * Sets top-level fields of a document where its entry lives, in one atomic step; gives the
 * updated document's JSON, or {@code null} (and writes nothing) when there is no document.
 *
 * @param fields a JSON object
 */
record DocumentMerge(String fields) implements EntryProcessor<String, HazelcastJsonValue, String> {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Refuses fields that are not a JSON object before anything is sent. */
    static DocumentMerge of(String fields) {
        if (!(read(fields) instanceof ObjectNode)) {
            throw new StateInputException("the fields to update must be a JSON object");
        }
        return new DocumentMerge(fields);
    }

    @Override
    public String process(Map.Entry<String, HazelcastJsonValue> entry) {
        if (entry.getValue() == null) {
            return null;
        }
        ObjectNode document = (ObjectNode) read(entry.getValue().getValue());
        document.setAll((ObjectNode) read(fields));
        String json = document.toString();
        entry.setValue(new HazelcastJsonValue(json));
        return json;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StateInputException("not JSON: " + e.getOriginalMessage());
        }
    }
}
