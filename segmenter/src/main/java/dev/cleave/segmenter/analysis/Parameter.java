package dev.cleave.segmenter.analysis;

import java.util.List;

/**
 * One parameter of a function, as callers address it by name.
 *
 * @param name     the parameter's name; for a destructured parameter the pattern's text, e.g.
 *                 {@code { a, b }}
 * @param optional it has a default value or is marked {@code ?} in TypeScript
 * @param rest     it is {@code ...name}
 * @param pattern  {@link Pattern#NONE}, or the kind of destructuring
 * @param keys     for {@link Pattern#OBJECT}: the property keys ({@code ...r} for a rest element);
 *                 for {@link Pattern#ARRAY}: the element names by position ({@code ""} for a hole or
 *                 a nested pattern, {@code ...r} for a rest element); empty otherwise
 */
public record Parameter(String name, boolean optional, boolean rest, Pattern pattern, List<String> keys) {
    public enum Pattern { NONE, OBJECT, ARRAY }

    public Parameter {
        keys = List.copyOf(keys);
    }

    public static Parameter named(String name, boolean optional) {
        return new Parameter(name, optional, false, Pattern.NONE, List.of());
    }

    public Parameter asOptional() {
        return new Parameter(name, true, rest, pattern, keys);
    }

    public Parameter asRest() {
        return new Parameter(name, optional, true, pattern, keys);
    }
}
