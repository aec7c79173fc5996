package dev.cleave.runtime.engine;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.cleave.runtime.execution.RpcOutcome;

/**
 * Procedures of segments that other nodes host, as {@code cleave/remote} reaches them. The node
 * implements it; the runtime knows nothing of how the call travels.
 */
@FunctionalInterface
public interface RemoteProcedures {
    /**
     * Calls {@code fqn} at {@code version} as an internal call with the serialized encoding.
     *
     * @param arguments the named arguments, serialized (COMPATIBILITY.md §5), as a JSON object
     * @param headers   headers of the request the calling procedure serves
     * @param remaining time left of the caller's deadline, or {@code null} when it has none
     * @return the encoded outcome (a refusal is an outcome too), or {@code null} when no node hosts it
     */
    CompletableFuture<RpcOutcome> call(String fqn, String version, String arguments, Map<String, String> headers,
                                       Duration remaining);
}
