package dev.cleave.node.state;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.core.HazelcastJsonValue;

/**
 * The order of query results: by each sort key, then by id. Values of different kinds order as
 * missing/null, booleans, numbers, strings, then objects and arrays. Sent to the members with a
 * paging query, so it is serializable.
 */
record DocumentOrder(List<Key> keys) implements Comparator<Map.Entry<String, HazelcastJsonValue>>, Serializable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A dotted field path and its direction. */
    record Key(String field, boolean descending) implements Serializable {}

    DocumentOrder {
        keys = List.copyOf(keys);
    }

    @Override
    public int compare(Map.Entry<String, HazelcastJsonValue> a, Map.Entry<String, HazelcastJsonValue> b) {
        if (keys.isEmpty()) {
            return a.getKey().compareTo(b.getKey());
        }
        return compare(parse(a.getValue()), a.getKey(), parse(b.getValue()), b.getKey());
    }

    /** The order of two parsed documents with their ids. */
    int compare(JsonNode left, String leftId, JsonNode right, String rightId) {
        for (Key key : keys) {
            int order = compareValues(at(left, key.field()), at(right, key.field()));
            if (order != 0) {
                return key.descending() ? -order : order;
            }
        }
        return leftId.compareTo(rightId);
    }

    static JsonNode parse(HazelcastJsonValue value) {
        return parse(value.getValue());
    }

    static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored document is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode at(JsonNode document, String path) {
        JsonNode node = document;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    private static int compareValues(JsonNode a, JsonNode b) {
        int kinds = Integer.compare(rank(a), rank(b));
        if (kinds != 0) {
            return kinds;
        }
        return switch (rank(a)) {
            case 1 -> Boolean.compare(a.asBoolean(), b.asBoolean());
            case 2 -> a.isIntegralNumber() && b.isIntegralNumber() && a.canConvertToLong() && b.canConvertToLong()
                    ? Long.compare(a.asLong(), b.asLong()) : Double.compare(a.asDouble(), b.asDouble());
            case 3 -> a.asText().compareTo(b.asText());
            case 4 -> a.toString().compareTo(b.toString());
            default -> 0;
        };
    }

    private static int rank(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return 0;
        }
        if (value.isBoolean()) {
            return 1;
        }
        if (value.isNumber()) {
            return 2;
        }
        return value.isTextual() ? 3 : 4;
    }
}
