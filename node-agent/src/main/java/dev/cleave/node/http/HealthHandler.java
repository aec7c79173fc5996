package dev.cleave.node.http;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.javalin.http.Context;

/** {@code GET /health} ({@code {"<check>": true|false}}) and {@code GET /health/status} ({@code true|false}). */
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
                .result(String.valueOf(results.values().stream().allMatch(Boolean::booleanValue)))));
    }
}
