package dev.cleave.node.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/**
 * Refuses (400) a request whose path or query string has a bad percent escape ({@code %zz}, a
 * lone {@code %}), before a handler decodes it and fails with 500.
 */
final class UrlCheck {
    private UrlCheck() {}

    static void check(Context ctx) {
        String bad = badEscape(ctx.req().getRequestURI());
        if (bad == null && ctx.queryString() != null) {
            bad = badEscape(ctx.queryString());
        }
        if (bad != null) {
            ctx.header("x-content-type-options", "nosniff");
            throw new HttpResponseException(400, "Bad percent escape '" + bad + "' in the URL: a '%' must be followed by"
                    + " two hex digits (write '%25' for a '%' itself)");
        }
    }

    /** The first bad escape in {@code raw}, or {@code null}. */
    static String badEscape(String raw) {
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || !hex(raw.charAt(i + 1)) || !hex(raw.charAt(i + 2))) {
                return raw.substring(i, Math.min(i + 3, raw.length()));
            }
        }
        return null;
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
