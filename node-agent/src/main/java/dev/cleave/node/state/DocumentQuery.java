package dev.cleave.node.state;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.core.HazelcastJsonValue;
import com.hazelcast.query.Predicate;
import com.hazelcast.query.Predicates;

import dev.cleave.runtime.state.StateInputException;

/**
 * A query of {@code cleave/documents} (its JSON form is documented on
 * {@link dev.cleave.runtime.state.DocumentStore#query}) as a Hazelcast predicate and an order.
 * The built-in module has checked it already; what is wrong here is still refused by name.
 *
 * @param from      the first sort value of the cursor to start after, or {@code null}
 * @param narrowing fields that every match has equal to one of a few values ({@code eq} of a
 *                  non-boolean or {@code $in}, at the top of the condition): an index on one of
 *                  them may find the matches without visiting the others
 */
record DocumentQuery(Predicate<String, HazelcastJsonValue> predicate, DocumentOrder order, Long limit, long offset,
                     List<String> fields, boolean page, Comparable<?> from, Set<String> narrowing) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final char LIKE_ESCAPE = '\\';

    static DocumentQuery parse(String json) {
        JsonNode query;
        try {
            query = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StateInputException("a query must be JSON: " + e.getOriginalMessage());
        }
        List<DocumentOrder.Key> keys = new ArrayList<>();
        for (JsonNode key : query.path("sort")) {
            keys.add(new DocumentOrder.Key(key.get(0).asText(), "desc".equals(key.get(1).asText())));
        }
        Long limit = query.hasNonNull("limit") ? query.get("limit").asLong() : null;
        DocumentOrder order = new DocumentOrder(keys);
        Predicate<String, HazelcastJsonValue> where = condition(query.path("where"));
        Comparable<?> from = null;
        if (query.hasNonNull("after")) {
            DocumentCursor cursor = DocumentCursor.decode(query.get("after").asText(), order);
            where = Predicates.and(where, cursor.after());
            from = cursor.values().isEmpty() ? null : scalar(cursor.values().getFirst());
        }
        List<String> fields = new ArrayList<>();
        query.path("fields").forEach(field -> fields.add(field.asText()));
        Set<String> narrowing = new HashSet<>();
        collectNarrowing(query.path("where"), narrowing);
        return new DocumentQuery(where, order, limit, query.path("offset").asLong(0), List.copyOf(fields),
                query.path("page").asBoolean(false), from, Set.copyOf(narrowing));
    }

    private static void collectNarrowing(JsonNode node, Set<String> fields) {
        if (node.has("and")) {
            node.get("and").forEach(part -> collectNarrowing(part, fields));
        } else if ("eq".equals(node.path("op").asText()) && !node.path("value").isBoolean() // two values narrow nothing
                || "in".equals(node.path("op").asText())) {
            fields.add(node.path("field").asText());
        }
    }

    /** A where condition alone (as {@code count} takes it). */
    static Predicate<String, HazelcastJsonValue> where(String json) {
        try {
            return condition(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new StateInputException("a condition must be JSON: " + e.getOriginalMessage());
        }
    }

    private static Predicate<String, HazelcastJsonValue> condition(JsonNode node) {
        if (node.has("and") || node.has("or")) {
            boolean and = node.has("and");
            List<Predicate<String, HazelcastJsonValue>> parts = new ArrayList<>();
            node.get(and ? "and" : "or").forEach(part -> parts.add(condition(part)));
            if (parts.isEmpty()) {
                return and ? Predicates.alwaysTrue() : Predicates.alwaysFalse();
            }
            @SuppressWarnings("unchecked")
            Predicate<String, HazelcastJsonValue>[] array = parts.toArray(Predicate[]::new);
            return and ? Predicates.and(array) : Predicates.or(array);
        }
        if (node.isEmpty()) {
            return Predicates.alwaysTrue();
        }
        String field = node.path("field").asText();
        JsonNode value = node.path("value");
        return switch (node.path("op").asText()) {
            case "eq" -> Predicates.equal(field, scalar(value));
            case "ne" -> Predicates.notEqual(field, scalar(value));
            case "in" -> Predicates.in(field, scalars(value));
            case "nin" -> Predicates.not(Predicates.in(field, scalars(value)));
            case "gt" -> Predicates.greaterThan(field, scalar(value));
            case "gte" -> Predicates.greaterEqual(field, scalar(value));
            case "lt" -> Predicates.lessThan(field, scalar(value));
            case "lte" -> Predicates.lessEqual(field, scalar(value));
            case "startsWith" -> Predicates.like(field, escapeLike(value.asText()) + "%");
            case "contains" -> contains(field, value);
            default -> throw new StateInputException("unknown query operator '" + node.path("op").asText() + "'");
        };
    }

    /** A string field that contains the text, or an array field with the value as an element. */
    private static Predicate<String, HazelcastJsonValue> contains(String field, JsonNode value) {
        Predicate<String, HazelcastJsonValue> element = Predicates.equal(field + "[any]", scalar(value));
        return value.isTextual() ? Predicates.or(Predicates.like(field, "%" + escapeLike(value.asText()) + "%"), element)
                : element;
    }

    private static Comparable<?>[] scalars(JsonNode values) {
        Comparable<?>[] result = new Comparable<?>[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = scalar(values.get(i));
        }
        return result;
    }

    /** JSON scalars as Hazelcast reads them from JSON documents: whole numbers as long, others as double. */
    static Comparable<?> scalar(JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isNull()) {
            return null;
        }
        throw new StateInputException("a query value must be a string, number, boolean or null, got " + value);
    }

    private static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
