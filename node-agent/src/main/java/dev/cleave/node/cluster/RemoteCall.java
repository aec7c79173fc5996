package dev.cleave.node.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.cleave.runtime.execution.RpcCall;
import dev.cleave.runtime.execution.Version;

/**
 * A call on its way to another member: the procedure version chosen by the sender, the request
 * as it arrived (headers, body or query) and the time the receiver has for it.
 *
 * @param fqn            the procedure
 * @param version        the version chosen by the sender
 * @param requested      the version the original caller asked for
 * @param headers        request headers, names in lower case
 * @param body           the JSON body, or {@code null}
 * @param query          query parameters as [name, value] pairs, or {@code null}
 * @param serialized     arguments and result use the serialized encoding
 * @param dryRun         check the call without running it
 * @param deadlineMillis time the receiver has, from when it gets the call
 */
record RemoteCall(String fqn, String version, String requested, Map<String, String> headers, String body,
                  List<List<String>> query, boolean serialized, boolean dryRun, long deadlineMillis)
        implements Serializable {

    static RemoteCall of(RpcCall call, long deadlineMillis) {
        List<List<String>> query = null;
        if (call.query() != null) {
            query = new ArrayList<>();
            for (Map.Entry<String, String> entry : call.query()) {
                query.add(List.of(entry.getKey(), entry.getValue()));
            }
        }
        return new RemoteCall(call.implementation().fqn(), call.implementation().version().toString(),
                call.requested().toString(), new LinkedHashMap<>(call.headers()), call.body(), query, call.serialized(),
                call.dryRun(), deadlineMillis);
    }

    List<Map.Entry<String, String>> queryEntries() {
        return query == null ? null : query.stream().map(pair -> Map.entry(pair.get(0), pair.get(1))).toList();
    }

    Version versionValue() {
        return Version.parse(version);
    }
}
