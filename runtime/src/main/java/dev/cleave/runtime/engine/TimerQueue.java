package dev.cleave.runtime.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

import org.graalvm.polyglot.Value;

/**
 * The timers of one event loop ({@code setTimeout}, {@code setInterval}). Touched only by the loop
 * thread. Timers due at the same time fire in the order they were set, as in browsers and Node.
 */
final class TimerQueue {
    /** Browsers and Node treat delays above a signed 32-bit millisecond count as 1 ms. */
    static final long MAX_DELAY_MS = Integer.MAX_VALUE;

    record Timer(int id, long seq, long dueNanos, long intervalNanos, Value callback, Value[] args,
                 CallState owner) {}

    private final PriorityQueue<Timer> queue = new PriorityQueue<>((a, b) -> {
        int byDue = Long.compare(a.dueNanos() - b.dueNanos(), 0);
        return byDue != 0 ? byDue : Long.compare(a.seq(), b.seq());
    });
    private final Map<Integer, Timer> active = new HashMap<>();
    private int nextId = 1;
    private long nextSeq;

    int set(Value callback, double delayMs, boolean repeat, Value[] args, CallState owner, long nowNanos) {
        int id = nextId++;
        if (nextId == Integer.MAX_VALUE) {
            nextId = 1;
        }
        long delayNanos = clampDelay(delayMs) * 1_000_000L;
        Timer timer = new Timer(id, nextSeq++, nowNanos + delayNanos, repeat ? Math.max(delayNanos, 1_000_000L) : 0,
                callback, args, owner);
        active.put(id, timer);
        queue.add(timer);
        return id;
    }

    void clear(int id) {
        Timer timer = active.remove(id);
        if (timer != null) {
            queue.remove(timer);
        }
    }

    /** Nanoseconds until the next timer is due; 0 when one is due; {@code Long.MAX_VALUE} when none. */
    long nanosUntilNext(long nowNanos) {
        Timer head = queue.peek();
        return head == null ? Long.MAX_VALUE : Math.max(0, head.dueNanos() - nowNanos);
    }

    /** Removes the next due timer, re-arming it first if it repeats; {@code null} when none is due. */
    Timer pollDue(long nowNanos) {
        Timer head = queue.peek();
        if (head == null || head.dueNanos() - nowNanos > 0) {
            return null;
        }
        queue.poll();
        if (head.intervalNanos() > 0) {
            Timer next = new Timer(head.id(), nextSeq++, nowNanos + head.intervalNanos(), head.intervalNanos(),
                    head.callback(), head.args(), head.owner());
            active.put(head.id(), next);
            queue.add(next);
        } else {
            active.remove(head.id());
        }
        return head;
    }

    /** Drops every timer; the loop is closing. */
    void clearAll() {
        queue.clear();
        active.clear();
    }

    static long clampDelay(double delayMs) {
        if (Double.isNaN(delayMs) || delayMs < 1) {
            return 0;
        }
        if (delayMs > MAX_DELAY_MS) {
            return 1;
        }
        return (long) delayMs;
    }
}
