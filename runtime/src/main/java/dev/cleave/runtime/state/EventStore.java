package dev.cleave.runtime.state;

import java.util.concurrent.CompletableFuture;

/**
 * Topics of events between segments. A segment subscribes once per topic; an event published on
 * a topic reaches each subscribing segment once, on one of the nodes that host it, and stays
 * pending until a handler has taken it (or it has failed too often).
 */
public interface EventStore {
    /** Records that {@code segment} handles {@code topic}; safe to repeat (every loop loads every module). */
    void subscribe(String segment, String topic);

    /** Keeps the JSON {@code event} for every segment that subscribes to {@code topic}; completes once it is kept. */
    CompletableFuture<Void> publish(String topic, String event);
}
