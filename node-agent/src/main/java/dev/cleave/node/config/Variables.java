package dev.cleave.node.config;

import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Replaces {@code ${NAME}} in every string of a JSON tree. A variable that is set nowhere is an
 * error (Jitar silently inserts the text {@code null}).
 */
final class Variables {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final Function<String, String> lookup;
    private final String file;

    Variables(Function<String, String> lookup, String file) {
        this.lookup = lookup;
        this.file = file;
    }

    JsonNode substitute(JsonNode node, String path) {
        if (node.isTextual()) {
            return TextNode.valueOf(substitute(node.asText(), path));
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, substitute(array.get(i), path + "[" + i + "]"));
            }
        } else if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String childPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                field.setValue(substitute(field.getValue(), childPath));
            }
        }
        return node;
    }

    private String substitute(String text, String path) {
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = lookup.apply(name);
            if (value == null) {
                throw new ConfigException(file + ": ${" + name + "} in '" + path + "' is not set — set " + name
                        + " in the environment or in the file given with --env-file");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
