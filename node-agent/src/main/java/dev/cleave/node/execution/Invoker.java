package dev.cleave.node.execution;

import java.util.concurrent.CompletableFuture;

import dev.cleave.runtime.execution.RpcCall;
import dev.cleave.runtime.execution.RpcOutcome;

/**
 * Runs an admitted call: {@link LocalInvoker} on this node's runtime, a remote invoker on another
 * member of the cluster. Failures before or around the procedure complete the future with a
 * {@link CallRefusal}; errors thrown by the application are encoded in the outcome.
 */
public interface Invoker {
    CompletableFuture<RpcOutcome> invoke(RpcCall call);
}
