package dev.cleave.runtime.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.cleave.runtime.modules.ModuleResolver;

/**
 * The event loops of one runtime and the watchdog that keeps their deadlines. A call goes to the
 * loop with the fewest pending calls, ties broken round robin.
 */
public final class LoopGroup implements AutoCloseable {
    private final List<EventLoop> loops;
    private final Watchdog watchdog;
    private final AtomicInteger next = new AtomicInteger();

    public LoopGroup(int size, ModuleResolver resolver, List<ContextSetup> setups, Duration maxTurn) {
        if (size < 1) {
            throw new IllegalArgumentException("a runtime needs at least one event loop, not " + size);
        }
        ContextFactory factory = new ContextFactory(resolver, setups);
        List<EventLoop> created = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            created.add(new EventLoop(i, factory));
        }
        this.loops = List.copyOf(created);
        awaitStarted();
        this.watchdog = new Watchdog(loops, maxTurn.toNanos());
    }

    public int size() {
        return loops.size();
    }

    public List<EventLoop> loops() {
        return loops;
    }

    /**
     * Runs {@code call} on a loop and completes with its result, or with a {@link
     * dev.cleave.runtime.errors.CallException} once {@code timeout} has passed.
     */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> submit(LoopCall<T> call, Duration timeout, String segment, String description) {
        CallState state = new CallState(System.nanoTime() + timeout.toNanos(), segment);
        watchdog.watch(state, description);
        pick().start(state, call);
        return (CompletableFuture<T>) state.result();
    }

    /** Runs {@code call} on the given loop; for work that must reach every loop, such as warming modules. */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> submitTo(int loopIndex, LoopCall<T> call, Duration timeout, String description) {
        CallState state = new CallState(System.nanoTime() + timeout.toNanos(), null);
        watchdog.watch(state, description);
        loops.get(loopIndex).start(state, call);
        return (CompletableFuture<T>) state.result();
    }

    private EventLoop pick() {
        int start = Math.floorMod(next.getAndIncrement(), loops.size());
        EventLoop best = loops.get(start);
        for (int i = 1; i < loops.size() && best.pendingCalls() > 0; i++) {
            EventLoop candidate = loops.get((start + i) % loops.size());
            if (candidate.pendingCalls() < best.pendingCalls()) {
                best = candidate;
            }
        }
        return best;
    }

    private void awaitStarted() {
        try {
            CompletableFuture.allOf(loops.stream().map(EventLoop::started).toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            loops.forEach(EventLoop::close);
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Stops every loop; pending calls fail with {@link dev.cleave.runtime.errors.RuntimeClosedException}. */
    @Override
    public void close() {
        watchdog.close();
        CompletableFuture.allOf(loops.stream().map(EventLoop::close).toArray(CompletableFuture[]::new))
                .orTimeout(10, TimeUnit.SECONDS)
                .exceptionally(e -> null)
                .join();
    }
}
