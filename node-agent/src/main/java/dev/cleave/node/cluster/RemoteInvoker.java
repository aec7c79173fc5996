package dev.cleave.node.cluster;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.spi.exception.TargetNotMemberException;

import dev.cleave.node.execution.CallRefusal;
import dev.cleave.node.execution.Invoker;
import dev.cleave.runtime.engine.RemoteProcedures;
import dev.cleave.runtime.execution.Access;
import dev.cleave.runtime.execution.Implementation;
import dev.cleave.runtime.execution.RpcCall;
import dev.cleave.runtime.execution.RpcOutcome;
import dev.cleave.runtime.execution.Version;

/**
 * Runs calls on other members: round robin per procedure over the members that host the version,
 * as a {@link RemoteCallTask} on the member's executor. Every call has a deadline. A call that
 * never reached a member (it left first, or answered "not taken") is tried on the next one; a
 * call that may have started on a member that then left fails with a remote-call error (503).
 */
public final class RemoteInvoker implements Invoker, RemoteProcedures {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteInvoker.class);
    /** Time for the answer to travel back after the receiver's own deadline has passed. */
    private static final long GRACE_MILLIS = 2_000;

    private final RoutingTable table;
    private final Duration timeout;
    private volatile IExecutorService executor;

    RemoteInvoker(RoutingTable table, Duration timeout) {
        this.table = table;
        this.timeout = timeout;
    }

    void connect(IExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public CompletableFuture<RpcOutcome> invoke(RpcCall call) {
        return send(call, System.nanoTime() + timeout.toNanos(), new HashSet<>());
    }

    @Override
    public CompletableFuture<RpcOutcome> call(String fqn, String version, String arguments, Map<String, String> headers,
                                              Duration remaining) {
        Version requested = Version.parse(version);
        Implementation implementation = table.find(fqn, requested).filter(found -> found.access() != Access.PRIVATE)
                .orElse(null);
        if (implementation == null || executor == null) {
            return null;
        }
        Duration limit = remaining == null || remaining.compareTo(timeout) > 0 ? timeout : remaining;
        RpcCall call = new RpcCall(implementation, requested, headers, arguments, null, true, false);
        return send(call, System.nanoTime() + limit.toNanos(), new HashSet<>()).exceptionally(error -> {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof CallRefusal refusal) {
                return refusal.outcome(true);
            }
            throw new CompletionException(cause);
        });
    }

    private CompletableFuture<RpcOutcome> send(RpcCall call, long deadlineNanos, Set<UUID> tried) {
        Implementation implementation = call.implementation();
        Member member = table.pick(implementation, tried);
        if (member == null || executor == null) {
            return CompletableFuture.failedFuture(CallRefusal.unavailable("No member of the cluster can take procedure '"
                    + implementation.fqn() + "' (version " + implementation.version() + ") now; try again"));
        }
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        if (remaining <= 0) {
            return CompletableFuture.failedFuture(CallRefusal.timeout("Procedure '" + implementation.fqn()
                    + "' did not finish in time"));
        }
        tried.add(member.getUuid());
        CompletableFuture<RpcOutcome> result = new CompletableFuture<>();
        LOG.debug("call {} {} sent to {}", implementation.fqn(), implementation.version(), member.getAddress());
        executor.submitToMember(new RemoteCallTask(RemoteCall.of(call, remaining)), member, new ExecutionCallback<>() {
            @Override
            public void onResponse(RemoteReply reply) {
                switch (reply.kind()) {
                    case OUTCOME -> result.complete(reply.rpcOutcome());
                    case REFUSAL -> result.completeExceptionally(reply.callRefusal());
                    case NOT_TAKEN -> {
                        LOG.debug("call {} not taken by {}: {}", implementation.fqn(), member.getAddress(), reply.body());
                        retry(call, deadlineNanos, tried, result);
                    }
                }
            }

            @Override
            public void onFailure(Throwable error) {
                if (error instanceof TargetNotMemberException) {
                    retry(call, deadlineNanos, tried, result); // never delivered: the member was gone when it was sent
                } else {
                    LOG.warn("call {} lost on {}: {}", implementation.fqn(), member.getAddress(), error.toString());
                    result.completeExceptionally(CallRefusal.remoteCallFailed("the member running procedure '"
                            + implementation.fqn() + "' left or failed before it answered; the call may have run"));
                }
            }
        });
        return result.orTimeout(remaining + GRACE_MILLIS, TimeUnit.MILLISECONDS).exceptionally(error -> {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            throw cause instanceof TimeoutException
                    ? CallRefusal.remoteCallFailed("no answer from the member running procedure '" + implementation.fqn()
                            + "' within " + (remaining + GRACE_MILLIS) + " ms")
                    : cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
        });
    }

    private void retry(RpcCall call, long deadlineNanos, Set<UUID> tried, CompletableFuture<RpcOutcome> result) {
        send(call, deadlineNanos, tried).whenComplete((outcome, error) -> {
            if (error == null) {
                result.complete(outcome);
            } else {
                result.completeExceptionally(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            }
        });
    }
}
