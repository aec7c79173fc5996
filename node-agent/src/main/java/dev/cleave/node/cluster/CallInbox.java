package dev.cleave.node.cluster;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.hazelcast.topic.Message;
import com.hazelcast.topic.MessageListener;

import dev.cleave.node.execution.CallRefusal;
import dev.cleave.node.execution.LocalInvoker;
import dev.cleave.runtime.execution.Access;
import dev.cleave.runtime.execution.Implementation;
import dev.cleave.runtime.execution.ProcedureCatalog;
import dev.cleave.runtime.execution.RpcCall;

/**
 * Takes the calls other members send to this one (its inbox topic) and runs them as internal
 * calls of the local invoker; the reply goes to the sender's reply topic when the call ends. No
 * thread waits for a call: a member can run as many at once as its event loops take. It says
 * "taken" as it starts a call, so that the sender knows whether the call may have run. A member
 * that cannot take a call (draining, or without the procedure) answers "not taken" before any
 * code runs, so that the sender tries another member.
 */
final class CallInbox implements MessageListener<byte[]> {
    private static final Logger LOG = LoggerFactory.getLogger(CallInbox.class);

    private final ProcedureCatalog catalog;
    private final LocalInvoker invoker;
    private final BiConsumer<UUID, RemoteReply> replies;

    /** {@code replies} sends a reply to the member that made the call. */
    CallInbox(ProcedureCatalog catalog, LocalInvoker invoker, BiConsumer<UUID, RemoteReply> replies) {
        this.catalog = catalog;
        this.invoker = invoker;
        this.replies = replies;
    }

    @Override
    public void onMessage(Message<byte[]> message) {
        RemoteCall call = RemoteCall.read(message.getMessageObject());
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
        replies.accept(call.replyTo(), RemoteReply.taken(call.id()));
        RpcCall rpc = new RpcCall(implementation.get(), call.requestedValue(), call.headers(), call.body(), call.query(),
                call.serialized(), call.dryRun());
        invoker.invokeInternal(rpc, Duration.ofMillis(Math.max(1, call.deadlineMillis()))).whenComplete((outcome, error) -> {
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
