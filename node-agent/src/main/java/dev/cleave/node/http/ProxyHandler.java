package dev.cleave.node.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import io.javalin.http.Context;

/**
 * The {@code proxy} role: one origin for a browser. {@code /rpc/...} goes to the gateway, anything
 * else to the repository; method, headers and body pass through, and so does the answer. The
 * request says whom it was forwarded for ({@code X-Forwarded-For}, {@code -Host}, {@code -Proto}),
 * so the node behind does not take it for a caller on its own machine.
 */
final class ProxyHandler {
    /** Hop-by-hop headers, and those the JDK client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length", "expect");

    /** Set by the proxy itself, from what it received. */
    private static final Set<String> FORWARDING = Set.of("x-forwarded-for", "x-forwarded-host", "x-forwarded-proto");

    private final URI gateway;
    private final URI repository;
    private final Duration timeout;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ProxyHandler(URI gateway, URI repository, Duration timeout) {
        this.gateway = gateway;
        this.repository = repository;
        this.timeout = timeout;
    }

    void handle(Context ctx) {
        URI base = ctx.path().startsWith(RpcHandler.PREFIX) ? gateway : repository;
        String query = ctx.queryString();
        URI target = base.resolve(ctx.path() + (query == null ? "" : "?" + query));
        byte[] body;
        try {
            body = RequestBody.bytes(ctx);
        } catch (dev.cleave.node.execution.CallRefusal refusal) {
            ctx.status(refusal.status()).contentType("text/plain; charset=utf-8").result(refusal.getMessage());
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(timeout).method(ctx.method().name(),
                body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        ctx.headerMap().forEach((name, value) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !FORWARDING.contains(name.toLowerCase(Locale.ROOT))) {
                request.header(name, value);
            }
        });
        String forwardedFor = ctx.header("x-forwarded-for");
        request.header("x-forwarded-for", (forwardedFor == null ? "" : forwardedFor + ", ") + ctx.req().getRemoteAddr());
        String host = ctx.header("x-forwarded-host") != null ? ctx.header("x-forwarded-host") : ctx.header("host");
        if (host != null) {
            request.header("x-forwarded-host", host);
        }
        String proto = ctx.header("x-forwarded-proto");
        request.header("x-forwarded-proto", proto != null ? proto : ctx.scheme());
        ctx.future(() -> client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()).handle((response, error) -> {
            if (error != null) {
                ctx.status(502).contentType("text/plain; charset=utf-8").result("The proxy cannot reach " + base);
                return null;
            }
            ctx.status(response.statusCode());
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    values.forEach(value -> ctx.res().addHeader(name, value));
                }
            });
            ctx.result(response.body());
            return null;
        }));
    }
}
