package dev.cleave.runtime.webapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.cleave.runtime.webapi.FetchRequest.Redirect;

/**
 * One fetch over the shared {@link HttpClient}: sends the request and follows redirects itself, as
 * the Fetch Standard says (the client's own policy neither turns a POST into a GET nor drops
 * credentials across origins). Ends with a {@link FetchResponse} or a {@link FetchException};
 * thread-safe, and no JavaScript here.
 */
final class FetchExchange {
    static final int MAX_REDIRECTS = 20;
    private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);
    private static final Set<String> BODY_HEADERS = Set.of("content-encoding", "content-language", "content-location", "content-type");
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "cookie", "proxy-authorization");
    /** The client writes these itself, per connection, and refuses them from callers. */
    private static final Set<String> CLIENT_HEADERS = Set.of("connection", "content-length", "expect", "host", "keep-alive",
            "transfer-encoding", "upgrade");

    /** Built on first use, not when the runtime starts; one for all loops, as it pools connections. */
    private static final class Shared {
        static final HttpClient CLIENT = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private final CompletableFuture<FetchResponse> result = new CompletableFuture<>();
    private volatile CompletableFuture<?> inFlight = CompletableFuture.completedFuture(null);

    private FetchExchange() {}

    /** Starts {@code request}; the result fails with a timeout once {@code request.timeout()} has passed. */
    static FetchExchange start(FetchRequest request) {
        FetchExchange exchange = new FetchExchange();
        exchange.result.orTimeout(request.timeout().toMillis(), TimeUnit.MILLISECONDS).whenComplete((response, error) -> {
            if (error != null) {
                exchange.inFlight.cancel(true);
            }
        });
        exchange.send(request, 0);
        return exchange;
    }

    CompletableFuture<FetchResponse> result() {
        return result;
    }

    /** Gives up: the result is cancelled, and so is the request on the wire. */
    void cancel() {
        result.cancel(false);
    }

    private void send(FetchRequest request, int redirects) {
        HttpRequest http;
        try {
            http = toHttp(request);
        } catch (IllegalArgumentException e) {
            result.completeExceptionally(e);
            return;
        }
        CompletableFuture<HttpResponse<byte[]>> sent = Shared.CLIENT.sendAsync(http, info -> discardsBody(request, info)
                ? HttpResponse.BodySubscribers.replacing(new byte[0])
                : HttpResponse.BodySubscribers.ofByteArray());
        inFlight = sent;
        if (result.isDone()) {
            sent.cancel(true); // cancelled or timed out while this hop was prepared
        }
        sent.whenComplete((response, error) -> {
            if (error != null) {
                result.completeExceptionally(FetchException.of(error, request.uri(), request.timeout()));
            } else {
                receive(request, redirects, response);
            }
        });
    }

    private void receive(FetchRequest request, int redirects, HttpResponse<byte[]> response) {
        Optional<String> location = location(response.statusCode(), response.headers().firstValue("location"));
        if (location.isEmpty() || request.redirect() == Redirect.MANUAL) {
            result.complete(FetchResponse.of(response, redirects > 0));
            return;
        }
        try {
            send(follow(request, response.statusCode(), location.get(), redirects), redirects + 1);
        } catch (FetchException e) {
            result.completeExceptionally(e);
        }
    }

    /** The request after a redirect: method, body and headers as the Fetch Standard's HTTP-redirect fetch leaves them. */
    private static FetchRequest follow(FetchRequest request, int status, String location, int redirects) {
        if (request.redirect() == Redirect.ERROR) {
            throw FetchException.network(request.uri(), "it redirected to " + location + " and the redirect mode is 'error'");
        }
        if (redirects >= MAX_REDIRECTS) {
            throw FetchException.network(request.uri(), "it redirected more than " + MAX_REDIRECTS + " times");
        }
        URI next;
        try {
            next = request.uri().resolve(HttpUrls.toUri(location));
        } catch (IllegalArgumentException e) {
            throw FetchException.network(request.uri(), "it redirected to an invalid URL '" + location + "'");
        }
        if (!HttpUrls.isHttp(next)) {
            throw FetchException.network(request.uri(), "it redirected to " + next + ", which is not http or https");
        }
        String method = request.method();
        boolean toGet = (status == 301 || status == 302) && method.equals("POST")
                || status == 303 && !method.equals("GET") && !method.equals("HEAD");
        boolean crossOrigin = !HttpUrls.sameOrigin(request.uri(), next);
        List<Map.Entry<String, String>> headers = request.headers().stream()
                .filter(h -> !(toGet && BODY_HEADERS.contains(h.getKey())))
                .filter(h -> !(crossOrigin && CREDENTIAL_HEADERS.contains(h.getKey())))
                .toList();
        return request.to(toGet ? "GET" : method, next, headers, toGet ? null : request.body());
    }

    private static Optional<String> location(int status, Optional<String> header) {
        return REDIRECT_STATUSES.contains(status) ? header : Optional.empty();
    }

    // A redirect that will be followed needs no body: skip reading it.
    private static boolean discardsBody(FetchRequest request, HttpResponse.ResponseInfo info) {
        return request.redirect() == Redirect.FOLLOW
                && location(info.statusCode(), info.headers().firstValue("location")).isPresent();
    }

    private static HttpRequest toHttp(FetchRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(HttpUrls.withoutFragment(request.uri()))
                .timeout(request.timeout())
                // h2c upgrades on plain http confuse HTTP/1.1 servers; HTTP/2 is offered over TLS only.
                .version(request.uri().getScheme().equalsIgnoreCase("https") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .method(request.method(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        boolean accept = false;
        boolean userAgent = false;
        for (Map.Entry<String, String> header : request.headers()) {
            if (!CLIENT_HEADERS.contains(header.getKey())) {
                builder.header(header.getKey(), header.getValue());
                accept |= header.getKey().equals("accept");
                userAgent |= header.getKey().equals("user-agent");
            }
        }
        if (!accept) {
            builder.header("accept", "*/*");
        }
        if (!userAgent) {
            builder.header("user-agent", "cleave");
        }
        return builder.build();
    }
}
