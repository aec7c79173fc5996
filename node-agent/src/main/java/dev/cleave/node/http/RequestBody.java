package dev.cleave.node.http;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.javalin.http.Context;

import dev.cleave.node.execution.CallRefusal;

/** Reads a request's body; one that ends before its Content-Length (the caller stopped sending) is a 400, not a 500. */
final class RequestBody {
    private RequestBody() {}

    static byte[] bytes(Context ctx) {
        try {
            return ctx.bodyAsBytes();
        } catch (Exception e) { // Javalin passes on Jetty's IOException unchecked (it is Kotlin)
            if (e instanceof IOException || e instanceof UncheckedIOException) {
                throw CallRefusal.badRequest("The request body ended before its Content-Length: send the whole body");
            }
            throw e;
        }
    }
}
