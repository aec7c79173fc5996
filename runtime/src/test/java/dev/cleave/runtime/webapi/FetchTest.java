package dev.cleave.runtime.webapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

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
        assertThat(seen.get("error")).asInstanceOf(MAP)
                .containsEntry("name", "TypeError").containsEntry("message", "fetch failed")
                .extractingByKey("cause").asString().contains("redirect mode is 'error'");
        assertThat(seen.get("loop")).asInstanceOf(MAP)
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
            assertThat(seen).asInstanceOf(MAP)
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
        assertThat(seen.get("cause")).asInstanceOf(MAP)
                .containsEntry("code", "ECONNREFUSED")
                .extractingByKey("message").asString().contains("127.0.0.1:" + closedPort);
    }

    @Test
    void rejectsSchemesOtherThanHttpAndHttps() {
        assertThat(call("fetch", "unsupportedSchemes")).isEqualTo(Map.of("ftp", "TypeError", "data", "TypeError", "relative", "TypeError"));
    }

    @Test
    void comparesHeaderNamesWithoutCaseAndIteratesThemSorted() {
        assertThat(call("fetchTypes", "headersCompareNamesWithoutCase")).isEqualTo(Map.ofEntries(
                Map.entry("before", Map.of("accept", "a, b", "has", true, "missing", true)),
                Map.entry("accept", "c"), Map.entry("deleted", false), Map.entry("trimmed", "padded"),
                Map.entry("cookies", List.of("x=1", "y=2")),
                Map.entry("entries", List.of(List.of("accept", "c"), List.of("set-cookie", "x=1"), List.of("set-cookie", "y=2"),
                        List.of("x-trim", "padded"))),
                Map.entry("keys", List.of("accept", "set-cookie", "set-cookie", "x-trim")),
                Map.entry("values", List.of("c", "x=1", "y=2", "padded")),
                Map.entry("seen", List.of("accept=c:true", "set-cookie=x=1:true", "set-cookie=y=2:true", "x-trim=padded:true")),
                Map.entry("tag", "[object Headers]"), Map.entry("iteratorTag", "[object Headers Iterator]")));
    }

    @Test
    void buildsHeadersFromPairsRecordsAndHeaders() {
        assertThat(call("fetchTypes", "headersTakeEveryInitForm")).isEqualTo(Map.of(
                "pairs", "1, 3", "copy", List.of(List.of("a", "1, 3"), List.of("b", "2")),
                "first", "a", "rest", List.of("a", "b"),
                "record", List.of(List.of("y", "first"), List.of("z", "last"))));
    }

    @Test
    void rejectsInvalidHeaderNamesAndValuesWithTypeError() {
        assertThat(call("fetchTypes", "headersRejectBadNamesAndValues")).isEqualTo(Map.of(
                "badName", "TypeError", "emptyName", "TypeError", "newline", "TypeError", "nul", "TypeError",
                "notByteString", "TypeError", "shortPair", "TypeError", "notObject", "TypeError",
                "missingArgument", "TypeError", "latin1", true));
    }

    @Test
    void normalizesTheRequestUrlAndMethodAndRefusesForbiddenOnes() {
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) call("fetchTypes", "requestNormalizesAndValidates");
        assertThat(seen).containsEntry("url", "http://example.com/b?q=1#frag").containsEntry("method", "POST")
                .containsEntry("redirect", "follow").containsEntry("contentType", "text/plain;charset=UTF-8")
                .containsEntry("text", "hi").containsEntry("tag", "[object Request]")
                .containsEntry("methods", List.of("GET", "DELETE", "patch", "Custom", "OPTIONS"))
                .containsEntry("forbidden", List.of("TypeError", "TypeError", "TypeError"))
                .containsEntry("passive", List.of("cors", "same-origin", "default", false, "no-store"));
        for (String refused : List.of("badMethod", "getWithBody", "headWithBody", "badRedirect", "relative", "credentials", "badSignal")) {
            assertThat(seen.get(refused)).as(refused).isEqualTo("TypeError");
        }
    }

    @Test
    void letsAClonedOrCopiedRequestReadTheBodyOnceAndFollowTheSignal() {
        assertThat(call("fetchTypes", "requestCloneAndCopyShareTheBodyOnce")).isEqualTo(Map.of(
                "cloneText", "hi", "copyText", "hi", "usedAfterCopy", true, "rereadCopy", "TypeError",
                "headers", List.of("1", "2", false, "3"), "copyMethod", "PUT", "cloneAfterRead", "TypeError",
                "signals", List.of(true, true, true, "stop"), "noBodyUsed", false));
    }

    @Test
    void takesStringBufferViewAndUrlSearchParamsBodiesWithTheirContentTypes() {
        String text = "text/plain;charset=UTF-8";
        assertThat(call("fetchTypes", "responseBodiesOfEveryKind")).isEqualTo(Map.of(
                "string", List.of(text, "plain"),
                "form", List.of("application/x-www-form-urlencoded;charset=UTF-8", "a=1&b=%C3%A9"),
                "buffer", List.of("none", "buffer"), "typed", List.of("none", "uf"), "dataView", List.of("none", "buf"),
                "number", List.of(text, "42"), "nothing", List.of("none", ""), "undefinedBody", List.of("none", ""),
                "stream", "TypeError"));
    }

    @Test
    void readsAResponseBodyOnceUnlessCloned() {
        assertThat(call("fetchTypes", "responseReadsOnce")).isEqualTo(Map.ofEntries(
                Map.entry("status", 201), Map.entry("ok", true), Map.entry("statusText", "Made"), Map.entry("type", "default"),
                Map.entry("url", ""), Map.entry("redirected", false), Map.entry("json", Map.of("a", List.of(1, 2))),
                Map.entry("again", "TypeError"), Map.entry("used", List.of(true, false)), Map.entry("cloneText", "{\"a\":[1,2]}"),
                Map.entry("cloneAfterRead", "TypeError"), Map.entry("bytes", List.of(97, 98)), Map.entry("arrayBuffer", 3),
                Map.entry("emptyText", ""), Map.entry("emptyUsed", false), Map.entry("blob", "TypeError"),
                Map.entry("headersMutable", "no error"), Map.entry("tag", "[object Response]")));
    }

    @Test
    void refusesAResponseStatusOutside200To599AndABodyForNullBodyStatuses() {
        assertThat(call("fetchTypes", "responseValidatesItsInit")).isEqualTo(Map.of(
                "low", "RangeError", "high", "RangeError", "wrapped", 200, "badText", "TypeError",
                "nullBodyStatus", "TypeError", "nullBodyStatusWithoutBody", 204, "badInit", "TypeError"));
    }

    @Test
    void makesJsonErrorAndRedirectResponses() {
        assertThat(call("fetchTypes", "responseFactories")).isEqualTo(Map.of(
                "json", List.of(202, "application/vnd.x+json", Map.of("ok", true)),
                "plainJson", List.of("application/json", "[1]"),
                "notJson", "TypeError",
                "error", List.of("error", 0, false, "TypeError"),
                "redirect", List.of(301, "http://x.test/next", "TypeError"),
                "badRedirectStatus", "RangeError", "badRedirectUrl", "TypeError"));
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
        exchange.sendResponseHeaders(path.endsWith("307") ? 307 : path.endsWith("303") ? 303 : 302, -1);
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
