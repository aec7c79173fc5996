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

import dev.cleave.node.execution.CallRefusal;
import dev.cleave.node.execution.Invoker;
import dev.cleave.runtime.engine.RemoteProcedures;
import dev.cleave.runtime.execution.Access;
import dev.cleave.runtime.execution.Implementation;
import dev.cleave.runtime.execution.RpcCall;
import dev.cleave.runtime.execution.RpcOutcome;
import dev.cleave.runtime.execution.Version;

/**
 * Runs calls on other members: round robin per procedure over the members that host the version.
 * A call is a message on the chosen member's inbox topic; its reply comes back on this member's
 * reply topic ({@link PendingCalls}), so no thread waits for a call anywhere. Every call has a
 * deadline. A call that was never taken (the member was not there to send to, answered "not
 * taken", or left before it took it) is tried on the next member; a call that a member took and
 * then left fails with a remote-call error (503), unless its procedure is declared idempotent:
 * then it is tried on the next member too, within its deadline.
 */
public final class RemoteInvoker implements Invoker, RemoteProcedures {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteInvoker.class);
    /** Time for the answer to travel back after the receiver's own deadline has passed. */
    private static final long GRACE_MILLIS = 2_000;

    /** Sends a call frame to the inbox of a member; throws when it cannot be sent. */
    @FunctionalInterface
    interface Sender {
        void send(UUID member, byte[] frame);
    }

    private final RoutingTable table;
    private final Duration timeout;
    private final PendingCalls pending = new PendingCalls();
    private volatile UUID self;
    private volatile Sender sender;

    RemoteInvoker(RoutingTable table, Duration timeout) {
        this.table = table;
        this.timeout = timeout;
    }

    /** The calls waiting for replies; the member feeds it its reply topic and membership. */
    PendingCalls pending() {
        return pending;
    }

    void connect(UUID self, Sender sender) {
        this.self = self;
        this.sender = sender;
    }

    @Override
    public CompletableFuture<RpcOutcome> invoke(RpcCall call) {
        return send(call, System.nanoTime() + timeout.toNanos(), new HashSet<>(), true);
    }

    @Override
    public CompletableFuture<RpcOutcome> call(String fqn, String version, String arguments, Map<String, String> headers,
                                              Duration remaining) {
        Version requested = Version.parse(version);
        Implementation implementation = table.find(fqn, requested).filter(found -> found.access() != Access.PRIVATE)
                .orElse(null);
        if (implementation == null || sender == null) {
            return null;
        }
        Duration limit = remaining == null || remaining.compareTo(timeout) > 0 ? timeout : remaining;
        RpcCall call = new RpcCall(implementation, requested, headers, arguments, null, true, false);
        return send(call, System.nanoTime() + limit.toNanos(), new HashSet<>(), false).exceptionally(error -> {
            Throwable cause = unwrap(error);
            if (cause instanceof CallRefusal refusal) {
                return refusal.outcome(true);
            }
            throw new CompletionException(cause);
        });
    }

    /** {@code routed}: an outside call that entered here, else a call of a procedure ({@link RemoteCall#routed()}). */
    private CompletableFuture<RpcOutcome> send(RpcCall call, long deadlineNanos, Set<UUID> tried, boolean routed) {
        Implementation implementation = call.implementation();
        Member member = table.pick(implementation, tried);
        Sender transport = sender;
        if (member == null || transport == null) {
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
        long id = pending.open(member.getUuid(), new PendingCalls.Waiting() {
            @Override
            public void reply(RemoteReply reply) {
                switch (reply.kind()) {
                    case OUTCOME -> result.complete(reply.rpcOutcome());
                    case REFUSAL -> result.completeExceptionally(reply.callRefusal());
                    case NOT_TAKEN -> {
                        LOG.debug("call {} not taken by {}: {}", implementation.fqn(), member.getAddress(), reply.body());
                        retry(call, deadlineNanos, tried, routed, result);
                    }
                    case TAKEN -> { } // PendingCalls keeps it back
                }
            }

            @Override
            public void neverTaken() {
                LOG.debug("call {} never reached {}, which left; trying another member", implementation.fqn(),
                        member.getAddress());
                retry(call, deadlineNanos, tried, routed, result);
            }

            @Override
            public void lost() {
                if (implementation.idempotent()) {
                    LOG.info("call {} lost with member {}, which left before it answered; idempotent, so run again elsewhere",
                            implementation.fqn(), member.getAddress());
                    retry(call, deadlineNanos, tried, routed, result);
                    return;
                }
                LOG.warn("call {} lost: member {} left before it answered", implementation.fqn(), member.getAddress());
                result.completeExceptionally(CallRefusal.remoteCallFailed("the member running procedure '"
                        + implementation.fqn() + "' left before it answered; the call may have run"));
            }
        });
        LOG.debug("call {} {} sent to {}", implementation.fqn(), implementation.version(), member.getAddress());
        try {
            transport.send(member.getUuid(), RemoteCall.of(id, self, call, routed, remaining).frame());
        } catch (RuntimeException e) {
            pending.close(id); // never sent: the member or this one is going away
            LOG.debug("call {} not sent to {}: {}", implementation.fqn(), member.getAddress(), e.toString());
            return send(call, deadlineNanos, tried, routed);
        }
        return result.orTimeout(remaining + GRACE_MILLIS, TimeUnit.MILLISECONDS).whenComplete((outcome, error) ->
                pending.close(id)).exceptionally(error -> {
            Throwable cause = unwrap(error);
            throw cause instanceof TimeoutException
                    ? CallRefusal.remoteCallFailed("no answer from the member running procedure '" + implementation.fqn()
                            + "' within " + (remaining + GRACE_MILLIS) + " ms")
                    : cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
        });
    }

    private void retry(RpcCall call, long deadlineNanos, Set<UUID> tried, boolean routed,
                       CompletableFuture<RpcOutcome> result) {
        send(call, deadlineNanos, tried, routed).whenComplete((outcome, error) -> {
            if (error == null) {
                result.complete(outcome);
            } else {
                result.completeExceptionally(unwrap(error));
            }
        });
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
