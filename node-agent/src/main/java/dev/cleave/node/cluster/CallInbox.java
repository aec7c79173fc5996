package dev.cleave.node.cluster;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.cleave.node.execution.CallRefusal;
import dev.cleave.node.execution.LocalInvoker;
import dev.cleave.runtime.execution.Access;
import dev.cleave.runtime.execution.Implementation;
import dev.cleave.runtime.execution.ProcedureCatalog;
import dev.cleave.runtime.execution.RpcCall;

/**
 * Takes the calls other members send to this one (its inbox topic) and runs them on the local
 * invoker: an outside call routed here with this node's server middleware, a procedure's call as
 * an internal call; the reply goes to the sender's reply topic when the call ends. No
 * thread waits for a call: a member can run as many at once as its event loops take. Before it
 * runs a call it records it as taken in the cluster (a map entry with a backup, written before any
 * code runs) and says "taken", so that the sender knows whether the call may have run even when
 * this member dies at once and its message with it: a call is retried elsewhere only if it was
 * never taken, and so runs at most once. A member
 * that cannot take a call (draining, or without the procedure) answers "not taken" before any
 * code runs, so that the sender tries another member. Frames arrive here with their seal checked
 * ({@link FrameSeal}); each call runs at most once ({@link ReplayGuard}).
 */
final class CallInbox {
    private static final Logger LOG = LoggerFactory.getLogger(CallInbox.class);
    /** How long a taken call's record outlives its deadline: longer than any sender waits for its reply. */
    private static final long TAKEN_GRACE_MILLIS = 60_000;

    private final ProcedureCatalog catalog;
    private final LocalInvoker invoker;
    private final BiConsumer<UUID, RemoteReply> replies;
    private final BiConsumer<String, Long> record;
    private final ReplayGuard replays = new ReplayGuard();
    private final RefusalLog refusals = new RefusalLog(LOG);

    /**
     * {@code replies} sends a reply to the member that made the call; {@code record} records in the
     * cluster that the call ({@link #takenKey}) was taken, for that many milliseconds, and blocks until it is.
     */
    CallInbox(ProcedureCatalog catalog, LocalInvoker invoker, BiConsumer<UUID, RemoteReply> replies,
              BiConsumer<String, Long> record) {
        this.record = record;
        this.catalog = catalog;
        this.invoker = invoker;
        this.replies = replies;
    }

    /** Takes the call in {@code frame}, whose seal has been checked; {@code from} is the member that sent it. */
    void accept(byte[] frame, Object from) {
        RemoteCall call = RemoteCall.read(frame);
        ReplayGuard.Verdict verdict = replays.check(call.replyTo(), call.id(), call.expiresAt(), System.currentTimeMillis());
        if (verdict != ReplayGuard.Verdict.FRESH) {
            refusals.refused(verdict.name(), "refused call frame {} for {} from member {}: {}", call.id(), call.fqn(), from,
                    switch (verdict) {
                        case REPLAYED -> "it was run before (a replayed frame)";
                        case EXPIRED -> "its time was up " + (System.currentTimeMillis() - call.expiresAt()) + " ms ago";
                        case TOO_LONG -> "it claims more time than any call is given";
                        default -> "this member remembers too many calls now";
                    });
            if (verdict == ReplayGuard.Verdict.FULL) {
                replies.accept(call.replyTo(), RemoteReply.notTaken(call.id(), "the member is too busy"));
            }
            return;
        }
        if (!invoker.accepting()) {
            replies.accept(call.replyTo(), RemoteReply.notTaken(call.id(), "the member is stopping"));
            return;
        }
        Optional<Implementation> implementation = catalog.find(call.fqn(), call.versionValue())
                .filter(found -> found.version().equals(call.versionValue()) && found.access() != Access.PRIVATE);
        if (implementation.isEmpty()) {
            replies.accept(call.replyTo(), RemoteReply.notTaken(call.id(), "the member does not host " + call.fqn() + " "
                    + call.version()));
            return;
        }
        Thread.ofVirtual().name("cleave-call").start(() -> run(call, implementation.get()));
    }

    /** The key under which the call {@code id} of {@code sender} is recorded as taken. */
    static String takenKey(UUID sender, long id) {
        return sender + "/" + id;
    }

    private void run(RemoteCall call, Implementation implementation) {
        try {
            record.accept(takenKey(call.replyTo(), call.id()), call.deadlineMillis() + TAKEN_GRACE_MILLIS);
        } catch (RuntimeException e) {
            LOG.warn("call {} not taken: it could not be recorded as taken ({})", call.fqn(), e.toString());
            replies.accept(call.replyTo(), RemoteReply.notTaken(call.id(), "the member could not record the call"));
            return;
        }
        replies.accept(call.replyTo(), RemoteReply.taken(call.id()));
        RpcCall rpc = new RpcCall(implementation, call.requestedValue(), call.headers(), call.body(), call.query(),
                call.serialized(), call.dryRun());
        Duration deadline = Duration.ofMillis(Math.max(1, call.deadlineMillis()));
        var running = call.routed() ? invoker.invokeRouted(rpc, deadline) : invoker.invokeInternal(rpc, deadline);
        running.whenComplete((outcome, error) -> {
            RemoteReply reply;
            if (error == null) {
                reply = RemoteReply.outcome(call.id(), outcome);
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                if (!(cause instanceof CallRefusal)) {
                    LOG.error("call {} failed on this member", call.fqn(), cause);
                }
                reply = RemoteReply.refusal(call.id(), cause instanceof CallRefusal refusal ? refusal
                        : CallRefusal.internal("Procedure '" + call.fqn() + "' failed on the server"));
            }
            replies.accept(call.replyTo(), reply);
        });
    }
}
