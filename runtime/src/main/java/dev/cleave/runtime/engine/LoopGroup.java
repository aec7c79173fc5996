package dev.cleave.runtime.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import dev.cleave.runtime.errors.OverloadedException;
import dev.cleave.runtime.errors.RuntimeClosedException;
import dev.cleave.runtime.modules.ModuleResolver;

/**
 * The event loops of one runtime and the watchdog that keeps their deadlines. A new call waits in
 * one bounded queue and is begun by the first loop that has nothing else to run; when the queue is
 * full the call is refused at once with {@link OverloadedException}.
 */
public final class LoopGroup implements AutoCloseable {
    private final List<EventLoop> loops;
    private final Watchdog watchdog;
    private final CallQueue waiting;

    /** {@code queueLimit}: how many calls may wait for a loop before new ones are refused. */
    public LoopGroup(int size, ModuleResolver resolver, List<ContextSetup> setups, Duration maxTurn, int queueLimit) {
        if (size < 1) {
            throw new IllegalArgumentException("a runtime needs at least one event loop, not " + size);
        }
        this.waiting = new CallQueue(queueLimit);
        ContextFactory factory = new ContextFactory(resolver, setups);
        List<EventLoop> created = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            created.add(new EventLoop(i, factory, waiting));
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
     * Runs {@code call} on the first free loop and completes with its result, or with a {@link
     * dev.cleave.runtime.errors.CallException} once {@code timeout} has passed; with an {@link
     * OverloadedException} at once when the queue of waiting calls is full.
     */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> submit(LoopCall<T> call, Duration timeout, String segment, String description) {
        CallState state = new CallState(System.nanoTime() + timeout.toNanos(), segment);
        if (!waiting.offer(new CallQueue.Waiting(state, call))) {
            state.fail(new OverloadedException(description + " was refused: all " + loops.size()
                    + " event loops are busy and " + waiting.limit() + " calls are waiting already"));
            return (CompletableFuture<T>) state.result();
        }
        watchdog.watch(state, description);
        for (EventLoop loop : loops) {
            if (loop.wakeIfIdle()) {
                break;
            }
        }
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
        CallQueue.Waiting call;
        while ((call = waiting.poll()) != null) {
            call.state().fail(new RuntimeClosedException("the runtime is shutting down"));
        }
        CompletableFuture.allOf(loops.stream().map(EventLoop::close).toArray(CompletableFuture[]::new))
                .orTimeout(10, TimeUnit.SECONDS)
                .exceptionally(e -> null)
                .join();
    }
}
