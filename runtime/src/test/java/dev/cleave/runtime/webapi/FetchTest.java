package dev.cleave.runtime.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.cleave.runtime.Invocation;
import dev.cleave.runtime.JsRuntime;
import dev.cleave.runtime.RuntimeConfig;
import dev.cleave.runtime.TestApps;

/** fetch() against a real HTTP server on 127.0.0.1, and the Request, Response and Headers types. */
class FetchTest extends WebApiTestSupport {
    private static final ExecutorService SERVER_THREADS = Executors.newVirtualThreadPerTaskExecutor();
    private static final CountDownLatch RELEASE_SLOW = new CountDownLatch(1);
    private static final AtomicInteger NEVER_HITS = new AtomicInteger();
    private static volatile CountDownLatch slowArrived = new CountDownLatch(1);
    private static HttpServer server;
    private static HttpServer otherOrigin;

    @BeforeAll
    static void startServers() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(SERVER_THREADS);
        server.createContext("/text", ex -> reply(ex, 200, "text/plain;charset=utf-8", "héllo wörld"));
        server.createContext("/json", ex -> reply(ex, 200, "application/json", "{\"name\":\"cleave\",\"list\":[1,2]}"));
        server.createContext("/echo", FetchTest::echo);
        server.createContext("/headers", FetchTest::headers);
        server.createContext("/missing", ex -> reply(ex, 404, "text/plain", "missing"));
        server.createContext("/redirect", FetchTest::redirect);
        server.createContext("/never", ex -> {
            NEVER_HITS.incrementAndGet();
            reply(ex, 200, "text/plain", "should not be asked");
        });
        server.createContext("/slow", ex -> {
            slowArrived.countDown();
            awaitQuietly(RELEASE_SLOW);
            reply(ex, 200, "text/plain", "finally");
        });
        server.start();
        otherOrigin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        otherOrigin.setExecutor(SERVER_THREADS);
        otherOrigin.createContext("/headers", FetchTest::headers);
        otherOrigin.start();
    }

    @AfterAll
    static void stopServers() {
        RELEASE_SLOW.countDown();
        server.stop(0);
        otherOrigin.stop(0);
        SERVER_THREADS.shutdownNow();
    }

    @Test
    void getsTextWithStatusAndHeaders() {
        assertThat(fetch("getText")).isEqualTo(Map.ofEntries(
                Map.entry("status", 200), Map.entry("ok", true), Map.entry("statusText", "OK"), Map.entry("type", "basic"),
                Map.entry("url", "http://127.0.0.1:" + port() + "/text"), Map.entry("redirected", false),
                Map.entry("contentType", "text/plain;charset=utf-8"), Map.entry("text", "héllo wörld"),
                Map.entry("used", true), Map.entry("again", "TypeError")));
    }

    @Test
    void getsJson() {
        assertThat(fetch("getJson")).isEqualTo(Map.of("name", "cleave", "list", List.of(1, 2)));
    }

    @Test
    void postsJsonAndGetsItBack() {
        assertThat(fetch("postJson")).isEqualTo(Map.of(
                "method", "POST", "type", "application/json", "body", Map.of("hello", "wörld")));
    }

    @Test
    void postsBytesFromEveryKindOfBufferAndGetsThemBack() {
        assertThat(fetch("postBytes")).isEqualTo(Map.of(
                "typed", List.of(0, 1, 2, 255, 128), "view", List.of(1, 2, 3), "dataView", List.of(8, 9),
                "buffer", List.of(2, 1), "bigSame", true));
    }

    @Test
    void sendsAndReceivesHeadersKeepingSetCookiesApart() {
        assertThat(fetch("headersRoundTrip")).isEqualTo(Map.of(
                "received", Map.of("one", "a, b", "spaced", "trimmed", "accept", "*/*", "agent", "cleave"),
                "setCookie", List.of("a=1; Path=/", "b=2"),
                "combinedCookie", "a=1; Path=/, b=2",
                "multi", "one, two",
                "names", List.of("set-cookie", "set-cookie", "x-multi"),
                "mutation", "TypeError"));
    }

    @Test
    void resolvesWithAnErrorStatusInsteadOfRejecting() {
        assertThat(fetch("notFound")).isEqualTo(Map.of("status", 404, "ok", false, "statusText", "Not Found", "text", "missing"));
    }

    @Test
    void followsRedirectsOrNotAsTheRequestSays() {
        Map<?, ?> seen = (Map<?, ?>) call("fetch", "redirects", port(), otherOrigin.getAddress().getPort());
        assertThat(seen.get("followed")).isEqualTo(Map.of(
                "status", 200, "redirected", true, "url", "http://127.0.0.1:" + port() + "/text", "text", "héllo wörld"));
        assertThat(seen.get("seeOther")).isEqualTo(Map.of("method", "GET", "body", ""));
        assertThat(seen.get("temporary")).isEqualTo(Map.of("method", "POST", "body", "kept"));
        assertThat(seen.get("manual")).isEqualTo(Map.of("status", 302, "location", "/text", "redirected", false));
        assertThat(seen.get("crossOrigin")).isEqualTo(Map.of("authorization", "absent", "keep", "yes"));
        assertThat(seen.get("error")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("name", "TypeError").containsEntry("message", "fetch failed")
                .extractingByKey("cause").asString().contains("redirect mode is 'error'");
        assertThat(seen.get("loop")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .extractingByKey("cause").asString().contains("redirected more than 20 times");
    }

    @Test
    void rejectsWithTheReasonOfASignalAbortedBeforeSending() {
        int hitsBefore = NEVER_HITS.get();
        Map<?, ?> seen = (Map<?, ?>) fetch("abortBeforeSending");
        assertThat(seen.get("reason")).isEqualTo("not today");
        assertThat(seen.get("plain")).isEqualTo(Map.of("name", "AbortError", "message", "This operation was aborted"));
        assertThat(NEVER_HITS.get()).isEqualTo(hitsBefore);
    }

    @Test
    void abortsARequestWhileTheServerIsStillAnswering() throws InterruptedException {
        slowArrived = new CountDownLatch(1);
        assertThat(fetch("startSlow")).isEqualTo("started");
        assertThat(slowArrived.await(10, TimeUnit.SECONDS)).as("the slow request reached the server").isTrue();
        assertThat(call("fetch", "abortSlow")).isEqualTo(Map.of(
                "name", "AbortError", "message", "This operation was aborted", "isReason", true));
    }

    @Test
    void rejectsWithTimeoutErrorWhenTheServerTakesLongerThanTheFetchTimeout() {
        try (JsRuntime quick = JsRuntime.create(RuntimeConfig.of(TestApps.path("webapi")).withLoops(1),
                List.of(new FetchApi(Duration.ofMillis(300))))) {
            Object seen = quick.invoke(Invocation.of("fetch", "outcome", "http://127.0.0.1:" + port() + "/slow")).join();
            assertThat(seen).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsEntry("name", "TimeoutError")
                    .extractingByKey("message").asString().contains("/slow", "300 ms");
        }
    }

    @Test
    void rejectsWithFetchFailedNamingTheHostWhenTheConnectionIsRefused() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Map<?, ?> seen = (Map<?, ?>) call("fetch", "outcome", "http://127.0.0.1:" + closedPort + "/");
        assertThat(seen.get("name")).isEqualTo("TypeError");
        assertThat(seen.get("message")).isEqualTo("fetch failed");
        assertThat(seen.get("cause")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("code", "ECONNREFUSED")
                .extractingByKey("message").asString().contains("127.0.0.1:" + closedPort);
    }

    @Test
    void rejectsSchemesOtherThanHttpAndHttps() {
        assertThat(call("fetch", "unsupportedSchemes")).isEqualTo(Map.of("ftp", "TypeError", "data", "TypeError", "relative", "TypeError"));
    }

    private static Object fetch(String export) {
        return call("fetch", export, port());
    }

    private static int port() {
        return server.getAddress().getPort();
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("content-type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void echo(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String type = exchange.getRequestHeaders().getFirst("content-type");
        exchange.getResponseHeaders().set("content-type", type == null ? "application/octet-stream" : type);
        exchange.getResponseHeaders().set("x-method", exchange.getRequestMethod());
        exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Answers with the request's headers as JSON (values of one name joined with ", "), and sets some. */
    private static void headers(HttpExchange exchange) throws IOException {
        Map<String, String> received = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> received.put(name.toLowerCase(), String.join(", ", values)));
        StringBuilder json = new StringBuilder("{");
        received.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":\"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
        exchange.getResponseHeaders().add("Set-Cookie", "a=1; Path=/");
        exchange.getResponseHeaders().add("Set-Cookie", "b=2");
        exchange.getResponseHeaders().add("X-Multi", "one");
        exchange.getResponseHeaders().add("X-Multi", "two");
        reply(exchange, 200, "application/json", json.append('}').toString());
    }

    private static void redirect(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        exchange.getRequestBody().readAllBytes();
        String query = exchange.getRequestURI().getQuery();
        String location = switch (path) {
            case "/redirect/302" -> "/text";
            case "/redirect/303", "/redirect/307" -> "/echo";
            case "/redirect/loop" -> "/redirect/loop";
            case "/redirect/cross" -> "http://127.0.0.1:" + query.substring("port=".length()) + "/headers";
            default -> "/missing";
        };
        exchange.getResponseHeaders().set("location", location);
        exchange.sendResponseHeaders(Integer.parseInt(path.endsWith("307") ? "307" : path.endsWith("303") ? "303" : "302"), -1);
        exchange.close();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
