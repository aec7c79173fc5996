package dev.cleave.runtime.state;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Atomic 64-bit counters by key; a counter that was never changed is 0. */
public interface CounterStore {
    /** Adds {@code delta} (which may be negative) in one atomic step and gives the new value. */
    CompletableFuture<Long> add(String key, long delta);

    /** The counter's value. */
    CompletableFuture<Long> get(String key);

    /** The values of the counters, in the order of {@code keys}; 0 for one that was never changed. */
    CompletableFuture<long[]> getMany(List<String> keys);

    /** Removes the counter (it reads 0 again); {@code false} when it did not exist. */
    CompletableFuture<Boolean> delete(String key);
}
