package dev.cleave.segmenter.config;

import java.util.Locale;
import java.util.Optional;

/** Who may call a procedure (COMPATIBILITY.md §2); the default is {@link #PRIVATE}. */
public enum Access {
    /** Anyone, also from outside the cluster. */
    PUBLIC,
    /** Other segments, and outside callers that present the trust key. */
    PROTECTED,
    /** Only code of the same segment. */
    PRIVATE;

    /** The name in segment files and the manifest: {@code public}, {@code protected}, {@code private}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Access> parse(String text) {
        for (Access access : values()) {
            if (access.text().equals(text)) {
                return Optional.of(access);
            }
        }
        return Optional.empty();
    }
}
