package dev.cleave.runtime.state;

import java.util.Objects;

/**
 * The stores behind the built-in modules {@code cleave/documents}, {@code cleave/counters} and
 * {@code cleave/blobs}. A node builds one and hands it to its runtime.
 */
public record StateBindings(DocumentStore documents, CounterStore counters, BlobStore blobs) {
    public StateBindings {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(counters, "counters");
        Objects.requireNonNull(blobs, "blobs");
    }
}
