package dev.cleave.node.state;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Cuts documents to some fields (dotted paths for nested ones) and their id. */
record DocumentProjection(List<String> fields) {
    /** {@code document} cut to the fields, or whole when there are none. */
    String apply(String json) {
        return fields.isEmpty() ? json : apply(DocumentOrder.parse(json)).toString();
    }

    JsonNode apply(JsonNode document) {
        if (fields.isEmpty()) {
            return document;
        }
        ObjectNode cut = JsonNodeFactory.instance.objectNode();
        if (document.has("id")) {
            cut.set("id", document.get("id"));
        }
        for (String field : fields) {
            copy(document, cut, field.split("\\."), 0);
        }
        return cut;
    }

    private static void copy(JsonNode from, ObjectNode to, String[] path, int at) {
        JsonNode value = from.get(path[at]);
        if (value == null) {
            return;
        }
        if (at == path.length - 1) {
            to.set(path[at], value);
        } else if (value.isObject()) {
            JsonNode existing = to.get(path[at]);
            ObjectNode next = existing instanceof ObjectNode object ? object : to.putObject(path[at]);
            copy(value, next, path, at + 1);
        }
    }
}
