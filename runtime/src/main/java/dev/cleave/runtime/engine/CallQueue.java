package dev.cleave.runtime.engine;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls that no event loop has begun yet, at most {@code limit} of them. A call is bound to a loop
 * only when a loop with nothing of its own to run takes it, so a loop stuck in a long turn takes no
 * new calls while another is free.
 */
final class CallQueue {
    /** A call waiting for a loop. */
    record Waiting(CallState state, LoopCall<?> call) {}

    private final ConcurrentLinkedQueue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int limit;

    CallQueue(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the queue of waiting calls must hold at least one call, not " + limit);
        }
        this.limit = limit;
    }

    int limit() {
        return limit;
    }

    /** Adds the call unless the queue is full. */
    boolean offer(Waiting call) {
        if (size.incrementAndGet() > limit) {
            size.decrementAndGet();
            return false;
        }
        waiting.add(call);
        return true;
    }

    /** The oldest waiting call that has not been settled meanwhile (by its deadline), or {@code null}. */
    Waiting poll() {
        Waiting call;
        while ((call = waiting.poll()) != null) {
            size.decrementAndGet();
            if (!call.state().done()) {
                return call;
            }
        }
        return null;
    }
}
