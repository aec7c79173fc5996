package dev.cleave.node.state;

import java.util.concurrent.CompletableFuture;

/** Runs the handler that a segment subscribed to a topic, on the node's runtime. */
@FunctionalInterface
public interface EventHandler {
    /**
     * @param event JSON of the published value
     * @param meta  JSON of {id, topic, attempt, publishedAt}
     * @return completes when the handler has settled; fails with its error
     */
    CompletableFuture<Void> handle(String segment, String topic, String event, String meta);
}
