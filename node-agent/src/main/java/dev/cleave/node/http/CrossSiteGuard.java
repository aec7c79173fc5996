package dev.cleave.node.http;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import io.javalin.http.Context;

import dev.cleave.node.execution.CallRefusal;

/**
 * Refuses {@code /rpc} calls that a page of another site makes in a visitor's browser (CSRF):
 * {@code Sec-Fetch-Site: cross-site} or {@code same-site}, or an {@code Origin} whose host is not
 * the one the request was sent to, unless that origin is listed in {@code allowedOrigins}; listed
 * origins get CORS headers and their preflights an answer. Callers that are not browsers send
 * neither header and pass (the same rules as Go's {@code http.CrossOriginProtection}).
 */
final class CrossSiteGuard {
    static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
    static final String ALLOWED_HEADERS = "content-type, authorization, x-jitar-data-encoding, x-jitar-procedure-version, "
            + "x-jitar-trust-key, " + RpcHandler.TRACE_HEADER;
    /** Response headers a page of a listed origin may read: the client needs the logical content type. */
    static final String EXPOSED_HEADERS = "x-jitar-content-type, " + RpcHandler.TRACE_HEADER;

    private final Set<String> allowed;

    CrossSiteGuard(BrowserPolicy policy) {
        this.allowed = Set.copyOf(policy.allowedOrigins().stream().map(CrossSiteGuard::normalise).toList());
    }

    /**
     * Admits the request or throws a 403 refusal; for a listed origin sets the CORS headers.
     *
     * @return whether this was a CORS preflight, which is then answered (204) and runs nothing
     */
    boolean admit(Context ctx) {
        String origin = ctx.header("origin");
        String site = ctx.header("sec-fetch-site");
        ctx.header("vary", "Origin");
        if (origin != null && allowed.contains(normalise(origin))) {
            ctx.header("access-control-allow-origin", origin);
            ctx.header("access-control-allow-credentials", "true");
            ctx.header("access-control-expose-headers", EXPOSED_HEADERS);
            return preflight(ctx);
        }
        if (site != null) {
            String value = site.toLowerCase(Locale.ROOT);
            if (!value.equals("same-origin") && !value.equals("none")) {
                throw refusal(origin == null ? "a page of another site (Sec-Fetch-Site: " + site + ")" : "origin '" + origin + "'");
            }
            return false;
        }
        if (origin != null && !sameHost(origin, ctx)) {
            throw refusal("origin '" + origin + "'");
        }
        return false;
    }

    private static boolean preflight(Context ctx) {
        if (!"OPTIONS".equals(ctx.method().name()) || ctx.header("access-control-request-method") == null) {
            return false;
        }
        ctx.header("access-control-allow-methods", ALLOWED_METHODS);
        ctx.header("access-control-allow-headers", ALLOWED_HEADERS);
        ctx.header("access-control-max-age", "600");
        ctx.status(204);
        return true;
    }

    /** The origin names the host the request went to: the Host header, or the proxy's X-Forwarded-Host. */
    private static boolean sameHost(String origin, Context ctx) {
        String host;
        try {
            host = URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        String forwarded = ctx.header("x-forwarded-host");
        String sentTo = forwarded != null ? forwarded : ctx.header("host");
        return host.equalsIgnoreCase(sentTo);
    }

    private static CallRefusal refusal(String who) {
        return CallRefusal.forbidden("Cross-site call refused: " + who + " is not this node's origin. To let pages of "
                + "another origin call this node, list that origin in 'allowedOrigins' of the service file");
    }

    private static String normalise(String origin) {
        String trimmed = origin.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }
}
