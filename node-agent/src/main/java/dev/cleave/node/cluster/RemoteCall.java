package dev.cleave.node.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.cleave.runtime.execution.RpcCall;
import dev.cleave.runtime.execution.Version;

/**
 * A call on its way to another member: the procedure version chosen by the sender, the request
 * as it arrived (headers, body or query), the time the receiver has for it, and where to answer.
 *
 * @param id             the sender's number for the call, repeated in the reply
 * @param replyTo        the member that waits for the reply
 * @param fqn            the procedure
 * @param version        the version chosen by the sender
 * @param requested      the version the original caller asked for
 * @param headers        request headers, names in lower case
 * @param body           the JSON body, or {@code null}
 * @param query          query parameters as [name, value] pairs, or {@code null}
 * @param serialized     arguments and result use the serialized encoding
 * @param dryRun         check the call without running it
 * @param routed         an outside call that entered at the sender and is routed here: the receiver runs its
 *                       server middleware on it; {@code false} for a call made by a procedure (a nested call)
 * @param deadlineMillis time the receiver has, from when it gets the call
 * @param expiresAt      when the call's time is up, in epoch milliseconds of the sender's clock; with
 *                       {@code replyTo} and {@code id} it lets the receiver refuse a replayed frame ({@link ReplayGuard})
 */
record RemoteCall(long id, UUID replyTo, String fqn, String version, String requested, Map<String, String> headers,
                  String body, List<Map.Entry<String, String>> query, boolean serialized, boolean dryRun,
                  boolean routed, long deadlineMillis, long expiresAt) {

    static RemoteCall of(long id, UUID replyTo, RpcCall call, boolean routed, long deadlineMillis) {
        return new RemoteCall(id, replyTo, call.implementation().fqn(), call.implementation().version().toString(),
                call.requested().toString(), call.headers(), call.body(),
                call.query() == null ? null : new ArrayList<>(call.query()), call.serialized(), call.dryRun(), routed,
                deadlineMillis, System.currentTimeMillis() + deadlineMillis);
    }

    byte[] frame() {
        Frame.Writer out = new Frame.Writer().number(id).number(replyTo.getMostSignificantBits())
                .number(replyTo.getLeastSignificantBits()).text(fqn).text(version).text(requested).texts(headers)
                .text(body).flag(serialized).flag(dryRun).flag(routed).number(deadlineMillis).number(expiresAt)
                .number(query == null ? -1 : query.size());
        if (query != null) {
            query.forEach(entry -> out.text(entry.getKey()).text(entry.getValue()));
        }
        return out.bytes();
    }

    static RemoteCall read(byte[] frame) {
        Frame.Reader in = new Frame.Reader(frame);
        long id = in.number();
        UUID replyTo = new UUID(in.number(), in.number());
        String fqn = in.text();
        String version = in.text();
        String requested = in.text();
        Map<String, String> headers = in.texts();
        String body = in.text();
        boolean serialized = in.flag();
        boolean dryRun = in.flag();
        boolean routed = in.flag();
        long deadline = in.number();
        long expiresAt = in.number();
        long size = in.number();
        List<Map.Entry<String, String>> query = size < 0 ? null : new ArrayList<>();
        for (long i = 0; i < size; i++) {
            query.add(Map.entry(in.text(), in.text()));
        }
        return new RemoteCall(id, replyTo, fqn, version, requested, headers, body, query, serialized, dryRun, routed, deadline,
                expiresAt);
    }

    Version versionValue() {
        return Version.parse(version);
    }

    Version requestedValue() {
        return Version.parse(requested);
    }
}
