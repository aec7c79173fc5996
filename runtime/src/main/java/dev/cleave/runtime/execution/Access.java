package dev.cleave.runtime.execution;

import java.util.Locale;

/** Who may call a procedure. */
public enum Access {
    /** Anyone, including browsers. */
    PUBLIC,
    /** Other segments and callers that present the cluster's trust key. */
    PROTECTED,
    /** Only code of its own segment; from outside it does not exist (404). */
    PRIVATE;

    /** Reads {@code public}, {@code protected} or {@code private}; nothing means {@link #PRIVATE}. */
    public static Access parse(String text) {
        if (text == null) {
            return PRIVATE;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "public" -> PUBLIC;
            case "protected" -> PROTECTED;
            case "private" -> PRIVATE;
            default -> throw new IllegalArgumentException(
                    "invalid access '" + text + "': use public, protected or private");
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
