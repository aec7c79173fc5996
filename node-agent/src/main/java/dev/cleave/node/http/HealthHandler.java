package dev.cleave.node.http;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.javalin.http.Context;

/**
 * {@code GET /health} ({@code {"<check>": true|false}}), {@code GET /health/status} ({@code
 * true|false}, always 200, as Jitar answers) and {@code GET /health/ready} (200 {@code true}, or
 * 503 {@code false}: for probes that read the status code, such as Kubernetes').
 */
public final class HealthHandler {
    private final Supplier<CompletableFuture<Map<String, Boolean>>> checks;

    public HealthHandler(Supplier<CompletableFuture<Map<String, Boolean>>> checks) {
        this.checks = checks;
    }

    void all(Context ctx) {
        ctx.future(() -> checks.get().thenAccept(results -> ctx.json(results)));
    }

    void status(Context ctx) {
        ctx.future(() -> checks.get().thenAccept(results -> ctx.contentType("text/plain; charset=utf-8")
                .result(String.valueOf(healthy(results)))));
    }

    void ready(Context ctx) {
        ctx.future(() -> checks.get().thenAccept(results -> ctx.status(healthy(results) ? 200 : 503)
                .contentType("text/plain; charset=utf-8").result(String.valueOf(healthy(results)))));
    }

    private static boolean healthy(Map<String, Boolean> results) {
        return results.values().stream().allMatch(Boolean::booleanValue);
    }
}
