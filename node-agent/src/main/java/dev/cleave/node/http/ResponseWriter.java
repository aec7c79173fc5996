package dev.cleave.node.http;

import java.util.Map;

import io.javalin.http.Context;

import dev.cleave.node.execution.CallRefusal;
import dev.cleave.runtime.execution.RpcOutcome;

/** Writes an outcome the way Jitar's clients read it. */
final class ResponseWriter {
    private ResponseWriter() {}

    /** With the serialized encoding the body is always JSON; without it, only for object results. */
    static void write(Context ctx, RpcOutcome outcome, boolean serialized) {
        boolean redirect = outcome.headers().containsKey("location");
        ctx.status(redirect ? 302 : outcome.status());
        for (Map.Entry<String, String> header : outcome.headers().entrySet()) {
            ctx.header(header.getKey(), header.getValue());
        }
        ctx.header("x-jitar-content-type", outcome.contentType());
        ctx.header("x-content-type-options", "nosniff");
        boolean json = serialized || outcome.contentType().equals("application/json");
        ctx.contentType(json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8");
        ctx.result(outcome.body());
    }

    /**
     * A refusal as the browser expects it: its message as text, or with the serialized encoding
     * the error class it stands for, so that a NotFound is rebuilt as a NotFound.
     */
    static RpcOutcome refusal(CallRefusal refusal, boolean serialized) {
        return refusal.outcome(serialized);
    }
}
