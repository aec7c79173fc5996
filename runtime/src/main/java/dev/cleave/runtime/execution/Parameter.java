package dev.cleave.runtime.execution;

import java.util.List;

/**
 * A parameter of a procedure, as the segmenter read it from the source.
 *
 * @param name     the parameter's name; the caller's argument of this name fills it
 * @param optional it has a default value (or is a destructured pattern with one)
 * @param rest     it is {@code ...name}; the caller sends its values as an array under {@code "...name"}
 * @param pattern  {@code object} or {@code array} for a destructured parameter, else {@code null}
 * @param keys     the names a destructured parameter takes from the arguments; empty otherwise
 */
public record Parameter(String name, boolean optional, boolean rest, String pattern, List<String> keys) {
    public Parameter {
        keys = keys == null ? List.of() : List.copyOf(keys);
        if (pattern != null && !pattern.equals("object") && !pattern.equals("array")) {
            throw new IllegalArgumentException("parameter pattern must be 'object' or 'array', was '" + pattern + "'");
        }
    }

    public static Parameter named(String name) {
        return new Parameter(name, false, false, null, List.of());
    }
}
