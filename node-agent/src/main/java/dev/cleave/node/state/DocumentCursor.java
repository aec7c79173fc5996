package dev.cleave.node.state;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.query.Predicate;
import com.hazelcast.query.Predicates;

import dev.cleave.runtime.state.StateInputException;

/**
 * Where a page of a sorted query ended: the sort values and the id of its last document, as
 * base64url JSON. Cursors come back from clients, so one is decoded as untrusted input: bounded,
 * and of the shape the query's sort gives, or refused.
 *
 * @param values the sort values in the order of the sort keys ({@code null} for a missing one)
 */
record DocumentCursor(DocumentOrder order, List<JsonNode> values, String id) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LENGTH = 2048;
    private static final int MAX_ID = 512;

    /** The cursor after {@code document} in {@code order}. */
    static String after(DocumentOrder order, JsonNode document, String id) {
        ArrayNode array = JSON.createArrayNode();
        for (DocumentOrder.Key key : order.keys()) {
            JsonNode value = DocumentOrder.at(document, key.field());
            array.add(value.isMissingNode() || !value.isValueNode() ? JSON.nullNode() : value);
        }
        array.add(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
    }

    static DocumentCursor decode(String text, DocumentOrder order) {
        if (text.length() > MAX_LENGTH) {
            throw refused("it is longer than " + MAX_LENGTH + " characters");
        }
        JsonNode array;
        try {
            array = JSON.readTree(Base64.getUrlDecoder().decode(text));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw refused("it is not one findPage gave");
        }
        int size = order.keys().size();
        if (array == null || !array.isArray() || array.size() != size + 1) {
            throw refused("it does not fit this query's sort (" + size + " sort fields)");
        }
        List<JsonNode> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            JsonNode value = array.get(i);
            if (!value.isValueNode()) {
                throw refused("its sort values must be strings, numbers, booleans or null");
            }
            values.add(value);
        }
        JsonNode id = array.get(size);
        if (!id.isTextual() || id.asText().isEmpty() || id.asText().length() > MAX_ID) {
            throw refused("it names no document id");
        }
        return new DocumentCursor(order, values, id.asText());
    }

    /**
     * Documents after this one in the order: for some key, all keys before it equal and it beyond
     * (later in its direction), or all keys equal and a greater id. Missing values order first.
     */
    Predicate<String, HazelcastJsonValue> after() {
        List<Predicate<String, HazelcastJsonValue>> alternatives = new ArrayList<>();
        List<Predicate<String, HazelcastJsonValue>> equal = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            DocumentOrder.Key key = order.keys().get(i);
            Comparable<?> value = DocumentQuery.scalar(values.get(i));
            Predicate<String, HazelcastJsonValue> beyond = beyond(key, value);
            if (beyond != null) {
                alternatives.add(all(equal, beyond));
            }
            equal.add(Predicates.equal(key.field(), value));
        }
        alternatives.add(all(equal, Predicates.greaterThan("__key", id)));
        @SuppressWarnings("unchecked")
        Predicate<String, HazelcastJsonValue>[] array = alternatives.toArray(Predicate[]::new);
        return array.length == 1 ? array[0] : Predicates.or(array);
    }

    /** The values later than {@code value} in the key's direction; {@code null} when there are none. */
    private static Predicate<String, HazelcastJsonValue> beyond(DocumentOrder.Key key, Comparable<?> value) {
        if (value == null) {
            return key.descending() ? null : Predicates.notEqual(key.field(), null);
        }
        return key.descending()
                ? Predicates.or(Predicates.lessThan(key.field(), value), Predicates.equal(key.field(), null))
                : Predicates.greaterThan(key.field(), value);
    }

    private static Predicate<String, HazelcastJsonValue> all(List<Predicate<String, HazelcastJsonValue>> equal,
                                                             Predicate<String, HazelcastJsonValue> last) {
        if (equal.isEmpty()) {
            return last;
        }
        List<Predicate<String, HazelcastJsonValue>> parts = new ArrayList<>(equal);
        parts.add(last);
        @SuppressWarnings("unchecked")
        Predicate<String, HazelcastJsonValue>[] array = parts.toArray(Predicate[]::new);
        return Predicates.and(array);
    }

    private static StateInputException refused(String why) {
        return new StateInputException("the cursor 'after' cannot be used: " + why
                + "; pass the next value of the findPage call with the same sort");
    }
}
