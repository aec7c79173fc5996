package dev.cleave.runtime;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random messages of the serialized wire format for {@link SerializedDataFuzzTest}: values and
 * envelopes of every kind, well-formed or not, near and past the decoder's limits, and mutations
 * of their text. Seeded, so a failing case comes back with its seed. Each message is kept under
 * about {@link #BUDGET} values and a few hundred kB, so the generator itself stays small.
 */
final class RandomEnvelopes {
    static final int BUDGET = 400;
    private static final List<String> KINDS = List.of("class", "Error", "Date", "Map", "Set", "BigInt", "RegExp", "Url",
            "TypedArray", "Eval", "");
    private static final List<String> KEYS = List.of("value", "a", "b c", "serialized", "name", "key", "args", "fields",
            "__proto__", "constructor", "prototype", "toString", "0", "1", "255", "-1", "", "é\"\\");
    private static final List<String> CLASS_KEYS = List.of("geo/Point", "cleave:BadRequest", "cleave:NotFound", "x/Unknown",
            "__proto__", "constructor", "");
    private static final List<String> TYPES = List.of("Uint8Array", "Int32Array", "Float64Array", "BigInt64Array",
            "DataView", "Proxy", "constructor");
    private static final List<String> SOURCES = List.of("a+", "(", "[", "(a+)+$", "\\", "(?<n>x)\\k<n>", "", "\\u{1F600}");
    private static final String NOISE = "[]{}\",:\\0-9 eE.tfn";

    private final SplittableRandom random;
    private int budget;

    RandomEnvelopes(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One request body: {"value": ...}, sometimes with its text mutated. */
    String body() {
        budget = BUDGET;
        StringBuilder text = new StringBuilder("{\"value\":");
        if (random.nextInt(20) == 0) {
            nested(text, 55 + random.nextInt(20));
        } else {
            value(text, 0);
        }
        text.append('}');
        int mutations = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
        for (int i = 0; i < mutations; i++) {
            mutate(text);
        }
        return text.toString();
    }

    private void nested(StringBuilder text, int levels) {
        StringBuilder closing = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            boolean array = random.nextBoolean();
            text.append(array ? "[" : "{\"a\":");
            closing.insert(0, array ? ']' : '}');
        }
        value(text, 60);
        text.append(closing);
    }

    private void value(StringBuilder text, int depth) {
        budget--;
        int pick = budget <= 0 || depth > 6 ? random.nextInt(4) : random.nextInt(10);
        switch (pick) {
            case 0 -> text.append(number());
            case 1 -> string(text, 8);
            case 2 -> text.append(random.nextBoolean());
            case 3 -> text.append("null");
            case 4, 5 -> array(text, depth);
            case 6 -> object(text, depth);
            default -> envelope(text, depth);
        }
    }

    private String number() {
        return switch (random.nextInt(6)) {
            case 0 -> Integer.toString(random.nextInt(-300, 300));
            case 1 -> Double.toString(random.nextDouble() * 1000 - 500);
            case 2 -> "1e308";
            case 3 -> "-0";
            case 4 -> Long.toString(random.nextLong());
            default -> Integer.toString(random.nextInt(256));
        };
    }

    private void string(StringBuilder text, int length) {
        int n = random.nextInt(length + 1);
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < n; i++) {
            raw.append(NOISE.charAt(random.nextInt(NOISE.length())));
        }
        quoted(text, raw.toString());
    }

    private static void quoted(StringBuilder text, String raw) {
        text.append('"');
        for (char c : raw.toCharArray()) {
            if (c == '"' || c == '\\') {
                text.append('\\');
            }
            text.append(c);
        }
        text.append('"');
    }

    private void array(StringBuilder text, int depth) {
        text.append('[');
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                text.append(',');
            }
            value(text, depth + 1);
        }
        text.append(']');
    }

    private void object(StringBuilder text, int depth) {
        text.append('{');
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                text.append(',');
            }
            quoted(text, pick(KEYS));
            text.append(':');
            value(text, depth + 1);
        }
        text.append('}');
    }

    private void member(StringBuilder text, String name) {
        text.append(",\"").append(name).append("\":");
    }

    private void envelope(StringBuilder text, int depth) {
        String kind = pick(KINDS);
        text.append("{\"serialized\":").append(random.nextInt(10) == 0 ? "1" : "true").append(",\"name\":");
        quoted(text, kind);
        switch (kind) {
            case "class" -> {
                member(text, "key");
                quoted(text, pick(CLASS_KEYS));
                member(text, "args");
                arguments(text, depth);
                if (random.nextBoolean()) {
                    member(text, "fields");
                    object(text, depth + 1);
                }
            }
            case "Error" -> {
                member(text, "type");
                quoted(text, pick(List.of("TypeError", "RangeError", "Nope", "constructor")));
                member(text, "message");
                value(text, depth + 1);
                if (random.nextBoolean()) {
                    member(text, "cause");
                    value(text, depth + 1);
                }
            }
            case "Date" -> {
                member(text, "value");
                switch (random.nextInt(4)) {
                    case 0 -> text.append("null");
                    case 1 -> quoted(text, "2024-01-0" + random.nextInt(10) + "T00:00:00.000Z");
                    case 2 -> quoted(text, "9".repeat(95 + random.nextInt(10)));
                    default -> value(text, depth + 1);
                }
            }
            case "Map" -> {
                member(text, "entries");
                text.append("{\"keys\":");
                array(text, depth + 2);
                text.append(",\"values\":");
                array(text, depth + 2);
                text.append('}');
            }
            case "Set" -> {
                member(text, "values");
                if (random.nextInt(5) == 0) {
                    value(text, depth + 1);
                } else {
                    array(text, depth + 1);
                }
            }
            case "BigInt" -> {
                member(text, "value");
                bigInt(text);
            }
            case "RegExp" -> {
                member(text, "source");
                quoted(text, random.nextInt(6) == 0 ? "a".repeat(995 + random.nextInt(10)) : pick(SOURCES));
                member(text, "flags");
                quoted(text, pick(List.of("", "g", "gimsuy", "gg", "uv", "q", "d", "y ")));
            }
            case "Url" -> {
                member(text, "value");
                quoted(text, pick(List.of("https://example.org/a?b#c", "not a url", "file:///etc/passwd", "",
                        "https://x/" + "a".repeat(random.nextInt(2) == 0 ? 10 : 65_530 + random.nextInt(10)))));
            }
            case "TypedArray" -> {
                member(text, "type");
                quoted(text, pick(TYPES));
                member(text, "bytes");
                bytes(text);
            }
            default -> {
                if (random.nextBoolean()) {
                    member(text, "value");
                    value(text, depth + 1);
                }
            }
        }
        text.append('}');
    }

    private void arguments(StringBuilder text, int depth) {
        int n = random.nextInt(8) == 0 ? 250 + random.nextInt(10) : random.nextInt(4);
        boolean asArray = random.nextInt(4) == 0;
        text.append(asArray ? '[' : '{');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                text.append(',');
            }
            if (!asArray) {
                quoted(text, random.nextInt(30) == 0 ? pick(KEYS) : Integer.toString(i));
                text.append(':');
            }
            if (n > 10) {
                text.append(i);
            } else {
                value(text, depth + 2);
            }
        }
        text.append(asArray ? ']' : '}');
    }

    private void bigInt(StringBuilder text) {
        int digits = switch (random.nextInt(4)) {
            case 0 -> 4295 + random.nextInt(10);
            case 1 -> random.nextInt(2) == 0 ? 100_000 : 20;
            default -> 1 + random.nextInt(30);
        };
        StringBuilder value = new StringBuilder(random.nextInt(4) == 0 ? "-" : "");
        value.append(pick(List.of("", "", "", "0x", " ", "+")));
        for (int i = 0; i < digits; i++) {
            value.append((char) ('0' + random.nextInt(10)));
        }
        if (random.nextInt(10) == 0) {
            value.append(pick(List.of("n", "\n", " ", "e3")));
        }
        quoted(text, value.toString());
    }

    private void bytes(StringBuilder text) {
        int n = random.nextInt(17);
        text.append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(random.nextInt(12) == 0 ? pick(List.of("256", "-1", "1.5", "\"7\"", "null", "[1]", "1e2")) : Integer.toString(random.nextInt(256)));
        }
        text.append(']');
    }

    private void mutate(StringBuilder text) {
        int at = random.nextInt(text.length() + 1);
        switch (random.nextInt(6)) {
            case 0 -> {
                if (at < text.length()) {
                    text.deleteCharAt(at);
                }
            }
            case 1 -> text.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
            case 2 -> text.setLength(at);
            case 3 -> {
                int from = random.nextInt(at + 1);
                if (text.length() + at - from < 300_000) {
                    text.insert(at, text.substring(from, at));
                }
            }
            case 4 -> {
                int brace = text.indexOf("{", at);
                if (brace >= 0) {
                    text.insert(brace + 1, pick(List.of("\"__proto__\":{\"x\":1},", "\"constructor\":1,", "\"prototype\":[],")));
                }
            }
            default -> text.insert(at, random.nextInt(50) == 0 ? "[".repeat(200_000) : "[[[[[[[[[[[[[[[[");
        }
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
