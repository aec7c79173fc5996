package dev.cleave.runtime.engine;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.cleave.runtime.errors.DeadlineExceededException;

/**
 * Enforces deadlines. A call still pending at its deadline fails with {@link
 * DeadlineExceededException}; a turn that is still running then (a runaway {@code while(true){}})
 * is interrupted, which unwinds that JavaScript and leaves the context usable. A turn that no
 * pending call owns (an interval callback, say) may run for one call timeout at most.
 */
final class Watchdog implements AutoCloseable {
    private static final long CHECK_MILLIS = 50;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("cleave-watchdog").daemon(true).factory());
    private final long maxTurnNanos;

    Watchdog(List<EventLoop> loops, long maxTurnNanos) {
        this.maxTurnNanos = maxTurnNanos;
        scheduler.scheduleWithFixedDelay(() -> loops.forEach(this::check), CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Fails {@code call} at its deadline unless it has settled by then. */
    void watch(CallState call, String description) {
        long delay = call.deadlineNanos() - System.nanoTime();
        var timeout = scheduler.schedule(() -> {
            call.fail(new DeadlineExceededException(description + " did not finish within its deadline"));
        }, Math.max(0, delay), TimeUnit.NANOSECONDS);
        call.result().whenComplete((value, error) -> timeout.cancel(false));
    }

    private void check(EventLoop loop) {
        EventLoop.Turn turn = loop.turn();
        if (turn == null) {
            return;
        }
        long now = System.nanoTime();
        CallState owner = turn.owner();
        boolean pastCallDeadline = owner != null && owner.expired(now) && turn.startNanos() - owner.deadlineNanos() < 0;
        boolean overdue = pastCallDeadline || now - turn.startNanos() > maxTurnNanos;
        if (overdue) {
            loop.interrupt(turn);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
