package dev.cleave.runtime.execution;

import java.util.Map;

/**
 * What the call answers over HTTP.
 *
 * @param status      the HTTP status
 * @param headers     response headers set by middleware, names in lower case
 * @param contentType the logical type of the result, for {@code x-jitar-content-type}
 * @param body        the encoded result or error
 */
public record RpcOutcome(int status, Map<String, String> headers, String contentType, String body) {
    public RpcOutcome {
        headers = Map.copyOf(headers);
    }

    /** An outcome decided before any JavaScript ran (unknown procedure, refused access, ...). */
    public static RpcOutcome error(int status, String message) {
        return new RpcOutcome(status, Map.of(), "text/plain", message);
    }
}
