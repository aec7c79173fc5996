package dev.cleave.node.http;

import java.net.InetAddress;
import java.util.function.Supplier;

import io.javalin.http.Context;

import dev.cleave.node.execution.ProcedureGate;

/**
 * {@code GET /cleave/cluster}: the cluster's join details for a node that joins through this one.
 * With a trust key, only callers that present it get them (401); without one, only callers on this
 * machine that did not come through a proxy (403), since a cluster without a key runs on loopback.
 */
final class ClusterHandler {
    static final String PATH = "/cleave/cluster";

    private final ProcedureGate gate;
    private final Supplier<String> joinDetails;

    ClusterHandler(ProcedureGate gate, Supplier<String> joinDetails) {
        this.gate = gate;
        this.joinDetails = joinDetails;
    }

    void handle(Context ctx) {
        ctx.header("x-content-type-options", "nosniff");
        if (gate.hasTrustKey() && !gate.trusts(ctx.header("x-jitar-trust-key"))) {
            ctx.status(401).contentType("text/plain; charset=utf-8")
                    .result("Send the cluster's trust key in x-jitar-trust-key to join");
            return;
        }
        if (!gate.hasTrustKey() && !localCaller(ctx)) {
            ctx.status(403).contentType("text/plain; charset=utf-8").result("This node has no trust key, so " + PATH
                    + " answers callers on this machine only, not through a proxy: give every node the same 'trustKey'"
                    + " in its service file to join from elsewhere");
            return;
        }
        ctx.contentType("application/json").result(joinDetails.get());
    }

    /** A loopback peer that no proxy forwarded (a proxy's peer address is its own, so it says whom it forwards). */
    private static boolean localCaller(Context ctx) {
        if (ctx.header("x-forwarded-for") != null || ctx.header("forwarded") != null) {
            return false;
        }
        try {
            String address = ctx.req().getRemoteAddr().replace("[", "").replace("]", "");
            return InetAddress.ofLiteral(address).isLoopbackAddress();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
