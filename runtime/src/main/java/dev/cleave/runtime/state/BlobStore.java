package dev.cleave.runtime.state;

import java.util.concurrent.CompletableFuture;

/** Binary content by key, each at most {@link #limit()} bytes. */
public interface BlobStore {
    /** The largest blob, in bytes, that {@link #put} accepts. */
    long limit();

    /** Stores {@code blob} under {@code key}, replacing what was there; fails with {@link StateInputException} over the limit. */
    CompletableFuture<Void> put(String key, Blob blob);

    /** The blob, or {@code null} when there is none. */
    CompletableFuture<Blob> get(String key);

    /** Removes the blob; {@code false} when there was none. */
    CompletableFuture<Boolean> delete(String key);
}
