package dev.cleave.node.cluster;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;

/**
 * Warns of refused frames without letting a flood of them flood the log: the first refusal of each
 * kind is logged, then at most one every {@link #INTERVAL_MILLIS}, with the number left unlogged.
 */
public final class RefusalLog {
    static final long INTERVAL_MILLIS = 10_000;

    private record Window(AtomicLong next, AtomicLong skipped) {}

    private final Logger log;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RefusalLog(Logger log) {
        this.log = log;
    }

    /** Logs {@code format} with {@code args} as a warning when the window of {@code kind} allows. */
    public void refused(String kind, String format, Object... args) {
        Window window = windows.computeIfAbsent(kind, any -> new Window(new AtomicLong(), new AtomicLong()));
        long now = System.currentTimeMillis();
        long next = window.next().get();
        if (now < next || !window.next().compareAndSet(next, now + INTERVAL_MILLIS)) {
            window.skipped().incrementAndGet();
            return;
        }
        long skipped = window.skipped().getAndSet(0);
        log.warn(skipped == 0 ? format : format + " (and " + skipped + " more like it not logged)", args);
    }
}
