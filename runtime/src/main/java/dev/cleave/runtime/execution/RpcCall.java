package dev.cleave.runtime.execution;

import java.util.List;
import java.util.Map;

/**
 * A call as it arrived over HTTP, before the procedure runs.
 *
 * @param implementation the procedure version that will run
 * @param requested      the version the caller asked for
 * @param headers        request headers, names in lower case
 * @param body           the JSON body of a POST, or {@code null}
 * @param query          the query parameters of a GET, in order, or {@code null}
 * @param serialized     arguments and result use the serialized encoding
 * @param dryRun         check the call without running it (OPTIONS)
 */
public record RpcCall(Implementation implementation, Version requested, Map<String, String> headers, String body,
                      List<Map.Entry<String, String>> query, boolean serialized, boolean dryRun) {
    public RpcCall {
        headers = Map.copyOf(headers);
        query = query == null ? null : List.copyOf(query);
    }
}
