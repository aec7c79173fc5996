package dev.cleave.runtime.state;

import java.util.Objects;

/**
 * The stores behind the built-in modules {@code cleave/documents}, {@code cleave/counters},
 * {@code cleave/blobs} and {@code cleave/events}. A node builds one and hands it to its runtime.
 */
public record StateBindings(DocumentStore documents, CounterStore counters, BlobStore blobs, EventStore events) {
    public StateBindings {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(counters, "counters");
        Objects.requireNonNull(blobs, "blobs");
        Objects.requireNonNull(events, "events");
    }
}
