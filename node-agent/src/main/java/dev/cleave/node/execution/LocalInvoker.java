package dev.cleave.node.execution;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.cleave.runtime.JsRuntime;
import dev.cleave.runtime.engine.NodeScope;
import dev.cleave.runtime.engine.ProcedureCall;
import dev.cleave.runtime.engine.RemoteProcedures;
import dev.cleave.runtime.errors.DeadlineExceededException;
import dev.cleave.runtime.errors.OverloadedException;
import dev.cleave.runtime.errors.RuntimeClosedException;
import dev.cleave.runtime.execution.ProcedureCatalog;
import dev.cleave.runtime.execution.RpcCall;
import dev.cleave.runtime.execution.RpcOutcome;

/**
 * Runs calls of procedures this node hosts on its own runtime. Failures of the runtime itself
 * (a deadline, a broken module, shutting down) become {@link CallRefusal}s; errors thrown by the
 * application are already encoded in the outcome.
 */
public final class LocalInvoker implements Invoker {
    private static final Logger LOG = LoggerFactory.getLogger(LocalInvoker.class);

    private final JsRuntime runtime;
    private final NodeScope scope;
    private final Duration timeout;
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean draining;

    public LocalInvoker(JsRuntime runtime, ProcedureCatalog catalog, List<String> middleware, Duration timeout) {
        this(runtime, catalog, middleware, timeout, null);
    }

    /** With {@code remote}, procedures of segments this node does not host are called on other nodes. */
    public LocalInvoker(JsRuntime runtime, ProcedureCatalog catalog, List<String> middleware, Duration timeout,
                        RemoteProcedures remote) {
        this.runtime = runtime;
        this.scope = new NodeScope(runtime.importer(), catalog, middleware, remote);
        this.timeout = timeout;
    }

    /** Loads the node's scope (dispatcher, middleware, classes, procedure modules) on every loop. */
    public void load() {
        runtime.onEveryLoop(scope.loading(), "loading the node's segments");
    }

    /** Refuses new calls from now on (503) and waits until the calls in flight have finished. */
    public boolean drain(Duration patience) {
        draining = true;
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (inFlight) {
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                try {
                    inFlight.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return inFlight.get() == 0;
        }
    }

    public int inFlight() {
        return inFlight.get();
    }

    /** Whether new calls are taken (false once draining has started). */
    public boolean accepting() {
        return !draining;
    }

    @Override
    public CompletableFuture<RpcOutcome> invoke(RpcCall call) {
        return invoke(call, false, timeout);
    }

    /**
     * An outside call that entered at another node of the cluster and was routed here: it runs
     * through this node's server middleware (as in Jitar, where a gateway forwards the request to
     * the worker), for at most {@code deadline} (the caller's remaining time).
     */
    public CompletableFuture<RpcOutcome> invokeRouted(RpcCall call, Duration deadline) {
        return invoke(call, false, deadline.compareTo(timeout) < 0 ? deadline : timeout);
    }

    /**
     * A call that a procedure on another node of the cluster made: no server middleware (the
     * outside call it is part of went through middleware where it entered), and at most
     * {@code deadline} (the caller's remaining time).
     */
    public CompletableFuture<RpcOutcome> invokeInternal(RpcCall call, Duration deadline) {
        return invoke(call, true, deadline.compareTo(timeout) < 0 ? deadline : timeout);
    }

    private CompletableFuture<RpcOutcome> invoke(RpcCall call, boolean internal, Duration limit) {
        if (draining) {
            return CompletableFuture.failedFuture(CallRefusal.unavailable("The node is shutting down; try again"));
        }
        inFlight.incrementAndGet();
        LOG.debug("call {} {} received", call.implementation().fqn(), call.implementation().version());
        return run(call, internal, limit).whenComplete((outcome, error) -> {
            synchronized (inFlight) {
                inFlight.decrementAndGet();
                inFlight.notifyAll();
            }
        });
    }

    private CompletableFuture<RpcOutcome> run(RpcCall call, boolean internal, Duration limit) {
        String fqn = call.implementation().fqn();
        return runtime.submit(new ProcedureCall(scope, call, internal), limit, call.implementation().segment(),
                "procedure '" + fqn + "'").exceptionally(error -> {
                    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                    throw switch (cause) {
                        case DeadlineExceededException e -> CallRefusal.timeout(
                                "Procedure '" + fqn + "' did not finish within " + limit.toMillis() + " ms");
                        case RuntimeClosedException e -> CallRefusal.unavailable("The node is shutting down; try again");
                        case OverloadedException e -> CallRefusal.unavailable("The node is busy: procedure '" + fqn
                                + "' was not started; try again shortly");
                        default -> {
                            LOG.error("procedure '{}' could not run: {}", fqn, cause.toString(), cause);
                            yield CallRefusal.internal("Procedure '" + fqn + "' failed on the server");
                        }
                    };
                });
    }
}
