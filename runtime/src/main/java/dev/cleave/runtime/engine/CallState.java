package dev.cleave.runtime.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One call into JavaScript while it is pending: its deadline, the logger name of its segment and
 * the future that completes with its outcome. Timers and host completions started by the call
 * carry its state, so a runaway callback is charged to the call that scheduled it.
 */
public final class CallState {
    private final long deadlineNanos;
    private final String segment;
    private final CompletableFuture<Object> result = new CompletableFuture<>();
    private final AtomicBoolean settled = new AtomicBoolean();
    private volatile java.util.Map<String, String> headers = java.util.Map.of();

    CallState(long deadlineNanos, String segment) {
        this.deadlineNanos = deadlineNanos;
        this.segment = segment;
    }

    /** The segment whose code runs, or {@code null} when none was named. */
    public String segment() {
        return segment;
    }

    /** Logger of application output: {@code cleave.app.<segment>}, or {@code cleave.app} outside a segment. */
    public static String loggerName(CallState call) {
        return call == null || call.segment == null ? "cleave.app" : "cleave.app." + call.segment;
    }

    /** Headers of the request this call serves (names in lower case); empty when it did not come from one. */
    public java.util.Map<String, String> headers() {
        return headers;
    }

    void headers(java.util.Map<String, String> requestHeaders) {
        this.headers = java.util.Map.copyOf(requestHeaders);
    }

    /** Time left before the call's deadline, never negative. */
    public java.time.Duration remaining() {
        return java.time.Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    long deadlineNanos() {
        return deadlineNanos;
    }

    boolean expired(long nowNanos) {
        return nowNanos - deadlineNanos >= 0;
    }

    CompletableFuture<Object> result() {
        return result;
    }

    boolean done() {
        return settled.get();
    }

    boolean complete(Object value) {
        return settled.compareAndSet(false, true) && result.complete(value);
    }

    boolean fail(Throwable error) {
        return settled.compareAndSet(false, true) && result.completeExceptionally(error);
    }
}
