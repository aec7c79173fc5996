package dev.cleave.runtime.state;

import java.io.Serializable;
import java.util.Objects;

/** Binary content with its media type, e.g. {@code image/png}. */
public record Blob(String contentType, byte[] bytes) implements Serializable {
    public Blob {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(bytes, "bytes");
    }
}
