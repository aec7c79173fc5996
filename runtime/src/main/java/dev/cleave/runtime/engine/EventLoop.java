package dev.cleave.runtime.engine;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.cleave.runtime.errors.RuntimeClosedException;

/**
 * One thread that owns one GraalJS {@link Context}, like a Node.js process: tasks posted from any
 * thread, timers and promise jobs all run here, one turn at a time, and async JavaScript of many
 * calls interleaves inside it. Promise jobs run when each turn returns to Java.
 *
 * <p>New calls wait in the group's {@link CallQueue}; a loop takes one only when it has no task of
 * its own, so calls in flight go first and a loop busy with a long turn takes none.
 *
 * <p>A turn that runs past its call's deadline is interrupted by the {@link Watchdog}; the loop then
 * goes on with the next task.
 */
public final class EventLoop {
    private static final Logger LOG = LoggerFactory.getLogger(EventLoop.class);
    private static final ThreadLocal<EventLoop> CURRENT = new ThreadLocal<>();

    /** A unit of work and the call it is charged to ({@code null}: none). */
    private record Task(CallState owner, Runnable body) {}

    /** The turn running now, seen by the watchdog. */
    record Turn(long startNanos, CallState owner) {}

    private static final Runnable WAKE = () -> {};

    private final int index;
    private final CallQueue waiting;
    private final AtomicBoolean idle = new AtomicBoolean();
    private final AtomicBoolean interrupting = new AtomicBoolean();
    private final BlockingQueue<Task> tasks = new LinkedBlockingQueue<>();
    private final TimerQueue timers = new TimerQueue();
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final Map<String, Value> namespaces = new HashMap<>();
    private final Map<Object, Object> locals = new HashMap<>();
    private final Thread thread;
    private volatile Turn turn;
    private volatile boolean closing;
    private Context context;
    private JsValues.Intrinsics intrinsics;
    private CallState current;

    EventLoop(int index, Function<EventLoop, Context> contextFactory, CallQueue waiting) {
        this.index = index;
        this.waiting = waiting;
        this.thread = Thread.ofPlatform().name("cleave-loop-" + index).daemon(true)
                .unstarted(() -> run(contextFactory));
        thread.start();
    }

    /** The loop running on the calling thread, or {@code null} when called from elsewhere. */
    public static EventLoop current() {
        return CURRENT.get();
    }

    public int index() {
        return index;
    }

    /** The loop's context; only on the loop thread. */
    public Context context() {
        assertOnLoop();
        return context;
    }

    /** Built-in constructors of this loop's context, as they were before application code ran. */
    public JsValues.Intrinsics intrinsics() {
        assertOnLoop();
        return intrinsics;
    }

    /** The call whose code runs now, or {@code null}; only on the loop thread. */
    public CallState currentCall() {
        return current;
    }

    /** Module namespaces this loop has imported, by module path; only on the loop thread. */
    public Map<String, Value> namespaces() {
        assertOnLoop();
        return namespaces;
    }

    /** Values this loop keeps for its own use, by key (per-loop caches); only on the loop thread. */
    public Map<Object, Object> locals() {
        assertOnLoop();
        return locals;
    }

    /** Posts work from any thread, charged to {@code owner}; runs in a later turn of this loop. */
    public void post(CallState owner, Runnable body) {
        if (closing && owner != null) {
            owner.fail(new RuntimeClosedException("the runtime is shutting down"));
            return;
        }
        tasks.add(new Task(owner, body));
    }

    /** Sets a timer on this loop ({@code setTimeout}/{@code setInterval}); only on the loop thread. */
    public int setTimer(Value callback, double delayMs, boolean repeat, Value[] args) {
        assertOnLoop();
        return timers.set(callback, delayMs, repeat, args, current, System.nanoTime());
    }

    public void clearTimer(int id) {
        assertOnLoop();
        timers.clear(id);
    }

    /**
     * Wakes this loop if it is waiting for work, so that it takes a call from the queue; false when
     * it is busy (it takes one when it is done) or another caller woke it already.
     */
    boolean wakeIfIdle() {
        if (!idle.compareAndSet(true, false)) {
            return false;
        }
        tasks.add(new Task(null, WAKE));
        return true;
    }

    Turn turn() {
        return turn;
    }

    CompletableFuture<Void> started() {
        return started;
    }

    /** Runs {@code call} for {@code state}: starts it in a turn, awaits its promise, settles the state. */
    <T> void start(CallState state, LoopCall<T> call) {
        post(state, new CallRun<>(this, state, call)::begin);
    }

    /** Stops taking work, fails what is queued, closes the context and ends the thread. */
    CompletableFuture<Void> close() {
        closing = true;
        tasks.add(new Task(null, () -> {}));
        return stopped;
    }

    /**
     * Interrupts the turn that runs now if it is still {@code expected}; called by the watchdog.
     * Returns at once: the interrupt waits on a thread of its own, one per loop at a time, so a turn
     * that does not stop (stuck in host code) holds up neither the watchdog nor the other loops.
     */
    void interrupt(Turn expected) {
        Context ctx = context;
        if (ctx == null || turn != expected || !interrupting.compareAndSet(false, true)) {
            return;
        }
        Thread.ofVirtual().name("cleave-interrupt-" + index).start(() -> {
            try {
                if (turn == expected) {
                    ctx.interrupt(Duration.ofSeconds(5));
                }
            } catch (TimeoutException | RuntimeException e) {
                LOG.warn("event loop {} did not stop a runaway turn within 5 s ({}); trying again", index, e.toString());
            } finally {
                interrupting.set(false);
            }
        });
    }

    private void run(Function<EventLoop, Context> contextFactory) {
        CURRENT.set(this);
        try {
            context = contextFactory.apply(this);
            intrinsics = JsValues.Intrinsics.of(context);
            started.complete(null);
        } catch (RuntimeException | Error e) {
            started.completeExceptionally(e);
            stopped.complete(null);
            return;
        }
        try {
            while (!closing) {
                runNextTurns();
            }
            failQueued();
        } finally {
            timers.clearAll();
            try {
                context.close(true);
            } catch (RuntimeException e) {
                LOG.debug("event loop {} closed its context with {}", index, e.toString());
            }
            stopped.complete(null);
        }
    }

    private void runNextTurns() {
        Task task = tasks.poll();
        if (task == null && !takeWaitingCall()) {
            long wait = timers.nanosUntilNext(System.nanoTime());
            if (wait != 0) {
                task = awaitTask(wait);
            }
        }
        if (task != null) {
            runTurn(task.owner(), task.body());
        }
        TimerQueue.Timer timer;
        while (!closing && (timer = timers.pollDue(System.nanoTime())) != null) {
            TimerQueue.Timer due = timer;
            runTurn(due.owner(), () -> intrinsics.invoke(due.callback(), (Object[]) due.args()));
        }
    }

    /** Begins the oldest call waiting for a loop, on this loop; false when none waits. */
    private boolean takeWaitingCall() {
        if (closing) {
            return false;
        }
        CallQueue.Waiting call = waiting.poll();
        if (call == null) {
            return false;
        }
        start(call.state(), call.call());
        return true;
    }

    /**
     * Waits up to {@code nanos} for a task; idle meanwhile, so that a new call wakes it. The queue
     * is looked at again after the loop is marked idle: a call queued just before would otherwise
     * wait for the next timer.
     */
    private Task awaitTask(long nanos) {
        idle.set(true);
        try {
            if (takeWaitingCall()) {
                return null;
            }
            return tasks.poll(Math.min(nanos, TimeUnit.SECONDS.toNanos(1)), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing = true;
            return null;
        } finally {
            idle.set(false);
        }
    }

    private void runTurn(CallState owner, Runnable body) {
        current = owner;
        turn = new Turn(System.nanoTime(), owner);
        try {
            body.run();
        } catch (PolyglotException e) {
            uncaught(owner, e);
        } catch (RuntimeException e) {
            LOG.error("event loop {} failed a task", index, e);
            if (owner != null) {
                owner.fail(e);
            }
        } finally {
            turn = null;
            current = null;
        }
    }

    /** An error escaped a timer or a host callback: it fails the call it belongs to, never the loop. */
    private void uncaught(CallState owner, PolyglotException e) {
        if (e.isInterrupted() || e.isCancelled()) {
            if (owner != null) {
                owner.fail(CallRun.interrupted());
            }
            return;
        }
        RuntimeException error = JsValues.toException(e);
        if (owner != null && owner.fail(error)) {
            return;
        }
        LoggerFactory.getLogger(CallState.loggerName(owner)).error("Uncaught {}", error.toString());
    }

    private void failQueued() {
        Task task;
        while ((task = tasks.poll()) != null) {
            if (task.owner() != null) {
                task.owner().fail(new RuntimeClosedException("the runtime is shutting down"));
            }
        }
    }

    private void assertOnLoop() {
        if (Thread.currentThread() != thread) {
            throw new IllegalStateException("event loop " + index + " was used from thread " + Thread.currentThread().getName());
        }
    }
}
