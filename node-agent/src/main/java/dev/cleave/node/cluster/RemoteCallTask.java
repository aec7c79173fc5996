package dev.cleave.node.cluster;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;

import dev.cleave.node.execution.CallRefusal;
import dev.cleave.runtime.execution.Access;
import dev.cleave.runtime.execution.Implementation;
import dev.cleave.runtime.execution.RpcCall;

/**
 * Runs a {@link RemoteCall} on the member it was sent to, as an internal call of its local
 * invoker. A member that cannot take the call (starting, draining, or without the procedure)
 * answers "not taken" before any code runs, so that the sender tries another member.
 */
final class RemoteCallTask implements Callable<RemoteReply>, Serializable, HazelcastInstanceAware {
    @Serial
    private static final long serialVersionUID = 1L;

    private final RemoteCall call;
    private transient HazelcastInstance hazelcast;

    RemoteCallTask(RemoteCall call) {
        this.call = call;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    @Override
    public RemoteReply call() throws InterruptedException {
        CallHost host = (CallHost) hazelcast.getUserContext().get(CallHost.KEY);
        if (host == null || !host.invoker().accepting()) {
            return RemoteReply.notTaken("the member is starting or stopping");
        }
        Optional<Implementation> implementation = host.catalog().find(call.fqn(), call.versionValue())
                .filter(found -> found.version().equals(call.versionValue()) && found.access() != Access.PRIVATE);
        if (implementation.isEmpty()) {
            return RemoteReply.notTaken("the member does not host " + call.fqn() + " " + call.version());
        }
        RpcCall rpc = new RpcCall(implementation.get(), call.versionValue(), call.headers(), call.body(),
                call.queryEntries(), call.serialized(), call.dryRun());
        Duration limit = Duration.ofMillis(call.deadlineMillis());
        try {
            // A little longer than the invoker's own deadline, which answers with a proper 504 first.
            return RemoteReply.outcome(host.invoker().invokeInternal(rpc, limit)
                    .get(limit.toMillis() + 1_000, TimeUnit.MILLISECONDS));
        } catch (ExecutionException | CompletionException e) {
            return RemoteReply.refusal(e.getCause() instanceof CallRefusal refusal ? refusal
                    : CallRefusal.internal("Procedure '" + call.fqn() + "' failed on the server"));
        } catch (TimeoutException e) {
            return RemoteReply.refusal(CallRefusal.timeout(
                    "Procedure '" + call.fqn() + "' did not finish within " + limit.toMillis() + " ms"));
        }
    }
}
