package dev.cleave.node.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import dev.cleave.node.execution.CallRefusal;
import dev.cleave.node.execution.Invoker;
import dev.cleave.node.execution.ProcedureGate;
import dev.cleave.runtime.execution.Implementation;
import dev.cleave.runtime.execution.RpcCall;
import dev.cleave.runtime.execution.RpcOutcome;
import dev.cleave.runtime.execution.Version;

/** {@code GET/POST/OPTIONS /rpc/<fqn>}: Jitar's RPC API (COMPATIBILITY.md §4). */
final class RpcHandler {
    static final String PREFIX = "/rpc/";
    /** The trace id of a request: taken from the caller when sent, else made here; it travels to every nested call. */
    static final String TRACE_HEADER = "x-cleave-trace-id";
    /** The address the request came from, as this node saw it (a proxy's, behind one). */
    static final String CLIENT_HEADER = "x-cleave-client-address";

    private final ProcedureGate gate;
    private final Invoker local;
    private final Invoker remote;
    private final long bodyLimit;
    private final CrossSiteGuard guard;

    /** {@code local} is {@code null} on a node without segments, {@code remote} on a node outside a cluster. */
    RpcHandler(ProcedureGate gate, Invoker local, Invoker remote, long bodyLimit, BrowserPolicy policy) {
        this.gate = gate;
        this.local = local;
        this.remote = remote;
        this.bodyLimit = bodyLimit;
        this.guard = new CrossSiteGuard(policy);
    }

    void handle(Context ctx) {
        boolean serialized = "serialized".equalsIgnoreCase(ctx.header("x-jitar-data-encoding"));
        CompletableFuture<RpcOutcome> outcome = start(ctx, serialized);
        if (outcome == null) {
            return; // a CORS preflight, answered by the guard
        }
        ctx.future(() -> outcome.handle((result, error) -> {
            ResponseWriter.write(ctx, result != null ? result : refusalOutcome(error, serialized), serialized);
            return null;
        }));
    }

    private CompletableFuture<RpcOutcome> start(Context ctx, boolean serialized) {
        try {
            return guard.admit(ctx) ? null : call(ctx, serialized);
        } catch (CallRefusal refusal) {
            return CompletableFuture.failedFuture(refusal);
        }
    }

    private CompletableFuture<RpcOutcome> call(Context ctx, boolean serialized) {
        HandlerType method = ctx.method();
        if (method == HandlerType.POST && !json(ctx.header("content-type"))) {
            String type = ctx.header("content-type");
            throw CallRefusal.unsupportedType("POST " + ctx.path() + " needs the header Content-Type: application/json"
                    + (type == null ? ", and none was sent" : ", not '" + type + "'")
                    + " (other types are refused so that a form of another site cannot post to this node)");
        }
        if (ctx.contentLength() > bodyLimit) {
            throw CallRefusal.tooLarge("Request body of " + ctx.contentLength() + " bytes is larger than the limit of "
                    + bodyLimit + " bytes (see --http-body-limit)");
        }
        String fqn = fqn(ctx.path());
        Version requested = version(ctx.header("x-jitar-procedure-version"));
        ProcedureGate.Admission admission = gate.admit(fqn, requested, ctx.header("x-jitar-trust-key"));
        Implementation implementation = admission.implementation();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : ctx.headerMap().entrySet()) {
            headers.put(header.getKey().toLowerCase(Locale.ROOT), header.getValue());
        }
        headers.putIfAbsent(TRACE_HEADER, java.util.UUID.randomUUID().toString());
        headers.put(CLIENT_HEADER, ctx.req().getRemoteAddr()); // the node's own word, whatever the caller sent
        List<Map.Entry<String, String>> query = method == HandlerType.GET ? query(ctx) : null;
        // JSON is UTF-8 (RFC 8259): a charset parameter is not consulted, so a bogus one is no 500.
        String body = method == HandlerType.POST ? new String(RequestBody.bytes(ctx), StandardCharsets.UTF_8) : null;
        RpcCall call = new RpcCall(implementation, requested, headers, body, query, serialized, method == HandlerType.OPTIONS);
        return (admission.local() ? local : remote).invoke(call);
    }

    /** {@code application/json}, with or without parameters such as {@code charset}. */
    private static boolean json(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return type.equalsIgnoreCase("application/json");
    }

    static String fqn(String path) {
        String raw = path.substring(PREFIX.length());
        String fqn;
        try {
            fqn = URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw CallRefusal.badRequest("Invalid procedure name '" + raw + "': bad URL encoding");
        }
        if (fqn.isBlank() || fqn.contains("..")) {
            throw CallRefusal.badRequest("Invalid procedure name '" + fqn + "'");
        }
        return fqn;
    }

    private static Version version(String header) {
        if (header == null || header.isBlank()) {
            return Version.ZERO;
        }
        try {
            return Version.parse(header);
        } catch (IllegalArgumentException e) {
            throw CallRefusal.badRequest("Invalid x-jitar-procedure-version '" + header + "': expected major[.minor[.patch]]");
        }
    }

    private static List<Map.Entry<String, String>> query(Context ctx) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        ctx.queryParamMap().forEach((name, values) -> values.forEach(value -> entries.add(Map.entry(name, value))));
        return entries;
    }

    private static RpcOutcome refusalOutcome(Throwable error, boolean serialized) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        CallRefusal refusal = cause instanceof CallRefusal r ? r : CallRefusal.internal("The call failed on the server");
        return ResponseWriter.refusal(refusal, serialized);
    }
}
