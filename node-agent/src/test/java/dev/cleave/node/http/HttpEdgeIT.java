package dev.cleave.node.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.cleave.node.config.Roles.RepositoryConfig;
import dev.cleave.node.execution.LocalInvoker;
import dev.cleave.node.execution.ProcedureGate;
import dev.cleave.runtime.JsRuntime;
import dev.cleave.runtime.RuntimeConfig;
import dev.cleave.runtime.execution.Access;
import dev.cleave.runtime.execution.Implementation;
import dev.cleave.runtime.execution.Parameter;
import dev.cleave.runtime.execution.ProcedureCatalog;
import dev.cleave.runtime.execution.Version;

/**
 * The node's HTTP server as an internet edge: cross-site calls, body types, browser headers of
 * assets, bad URLs, slow request heads and the cluster's join endpoint, against real servers.
 */
class HttpEdgeIT {
    private static final Path APP = Path.of("src/test/resources/apps/rpc").toAbsolutePath();
    private static final String LISTED = "https://app.example.com";
    private static final String KEY = "0123456789abcdef0123456789abcdef-edge";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static JsRuntime runtime;
    private static HttpServer server;
    private static HttpServer keyless;
    private static HttpServer proxy;

    @BeforeAll
    static void start() {
        runtime = JsRuntime.create(RuntimeConfig.of(APP));
        ProcedureCatalog catalog = new ProcedureCatalog(List.of(new Implementation("greetings/sayHi", Version.ZERO,
                Access.PUBLIC, "main", "greetings", "sayHi", List.of(Parameter.named("name")))), List.of());
        LocalInvoker invoker = new LocalInvoker(runtime, catalog, List.of(), Duration.ofSeconds(4));
        RepositoryConfig assets = new RepositoryConfig(null, List.of("*.js", "*.html"), null, false);
        server = new HttpServer("127.0.0.1", 0, 4096, new ProcedureGate(catalog, KEY), invoker, null, null,
                APP.resolve("web"), assets, new BrowserPolicy(List.of(LISTED), null), () -> "{\"cluster\":\"with-key\"}").start();
        keyless = new HttpServer("127.0.0.1", 0, 4096, new ProcedureGate(catalog, null), invoker, null, null,
                APP.resolve("web"), assets, new BrowserPolicy(List.of(), "default-src 'none'"),
                () -> "{\"cluster\":\"keyless\"}").start();
        proxy = HttpServer.proxy("127.0.0.1", 0, 4096, "http://127.0.0.1:" + keyless.port(),
                "http://127.0.0.1:" + keyless.port(), Duration.ofSeconds(5)).start();
    }

    @AfterAll
    static void stop() {
        proxy.close();
        keyless.close();
        server.close();
        runtime.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder to(HttpServer target, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port() + path));
    }

    private static HttpRequest.Builder call(String json) {
        return to(server, "/rpc/greetings/sayHi").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpRequest.Builder jsonCall() {
        return call("{\"name\":\"Ada\"}").header("content-type", "application/json");
    }

    @Test
    void refusesCallsFromPagesOfOtherSites() throws Exception {
        HttpResponse<String> crossSite = send(jsonCall().header("sec-fetch-site", "cross-site"));
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.body()).contains("Cross-site call refused").contains("'allowedOrigins'");
        HttpResponse<String> otherOrigin = send(jsonCall().header("origin", "https://evil.example"));
        assertThat(otherOrigin.statusCode()).isEqualTo(403);
        assertThat(otherOrigin.body()).contains("origin 'https://evil.example'");
        assertThat(send(to(server, "/rpc/greetings/sayHi?name=Ada").header("origin", "https://evil.example")).statusCode())
                .isEqualTo(403);
        assertThat(send(jsonCall().header("origin", "null")).statusCode()).isEqualTo(403);
        assertThat(send(jsonCall().header("sec-fetch-site", "same-site").header("origin", "https://sub.example")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void answersItsOwnPagesAndCallersThatAreNoBrowser() throws Exception {
        assertThat(send(jsonCall()).body()).isEqualTo("Hi, Ada!");
        assertThat(send(jsonCall().header("sec-fetch-site", "same-origin")).body()).isEqualTo("Hi, Ada!");
        HttpResponse<String> ownOrigin = send(jsonCall().header("origin", "http://127.0.0.1:" + server.port()));
        assertThat(ownOrigin.statusCode()).isEqualTo(200);
        assertThat(ownOrigin.headers().firstValue("access-control-allow-origin")).isEmpty();
    }

    @Test
    void admitsAListedOriginWithCors() throws Exception {
        HttpResponse<String> listed = send(jsonCall().header("origin", LISTED).header("sec-fetch-site", "cross-site"));
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).isEqualTo("Hi, Ada!");
        assertThat(listed.headers().firstValue("access-control-allow-origin")).contains(LISTED);
        assertThat(listed.headers().allValues("vary")).anyMatch(value -> value.contains("Origin"));
        assertThat(listed.headers().firstValue("access-control-expose-headers").orElseThrow()).contains("x-jitar-content-type");
        HttpResponse<String> preflight = send(to(server, "/rpc/greetings/sayHi").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("origin", LISTED).header("access-control-request-method", "POST")
                .header("access-control-request-headers", "content-type, x-jitar-procedure-version"));
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("access-control-allow-methods").orElseThrow()).contains("POST");
        assertThat(preflight.headers().firstValue("access-control-allow-headers").orElseThrow())
                .contains("content-type", "x-jitar-procedure-version", "x-jitar-data-encoding", "x-jitar-trust-key");
        assertThat(send(to(server, "/rpc/greetings/sayHi").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("origin", "https://evil.example").header("access-control-request-method", "POST")).statusCode())
                .isEqualTo(403);
        // Without Access-Control-Request-Method an OPTIONS is Jitar's dry run, which checks the arguments.
        assertThat(send(to(server, "/rpc/greetings/sayHi").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("origin", LISTED)).statusCode()).isEqualTo(400);
    }

    @Test
    void refusesAPostWhoseBodyIsNotJson() throws Exception {
        HttpResponse<String> none = send(call("{\"name\":\"Ada\"}"));
        assertThat(none.statusCode()).isEqualTo(415);
        assertThat(none.body()).contains("Content-Type: application/json").contains("none was sent");
        HttpResponse<String> form = send(call("name=Ada").header("content-type", "application/x-www-form-urlencoded"));
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(form.body()).contains("not 'application/x-www-form-urlencoded'");
        assertThat(send(call("{\"name\":\"Ada\"}").header("content-type", "text/plain")).statusCode()).isEqualTo(415);
        assertThat(send(call("{\"name\":\"Ada\"}").header("content-type", "Application/JSON; charset=utf-8")).body())
                .isEqualTo("Hi, Ada!");
        assertThat(send(jsonCall()).headers().firstValue("x-content-type-options")).contains("nosniff");
    }

    @Test
    void servesAssetsWithAContentSecurityPolicy() throws Exception {
        HttpResponse<String> index = send(to(server, "/"));
        assertThat(index.statusCode()).isEqualTo(200);
        String csp = index.headers().firstValue("content-security-policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'self'", "object-src 'none'",
                "base-uri 'self'");
        assertThat(index.headers().firstValue("x-content-type-options")).contains("nosniff");
        assertThat(index.headers().firstValue("referrer-policy")).contains("same-origin");
        assertThat(send(to(server, "/app.js")).headers().firstValue("content-security-policy")).contains(csp);
        assertThat(send(to(keyless, "/app.js")).headers().firstValue("content-security-policy")).contains("default-src 'none'");
    }

    @Test
    void answersABadPercentEscapeWith400() throws Exception {
        for (String path : List.of("/rpc/a%zz", "/rpc/greetings/sayHi?name=%zz", "/rpc/greetings/sayHi?name=%", "/a%zz",
                "/rpc/greetings/%E0%A4%A", "/health?x=%g1")) {
            assertThat(RawHttp.get(server.port(), path)).as(path).isEqualTo(400);
        }
        // Jetty answers a bad path itself; a bad query Jetty would drop, and the call then failed on a "missing" argument.
        String query = RawHttp.send(server.port(), ("GET /rpc/greetings/sayHi?name=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(10));
        assertThat(query).contains("Bad percent escape '%zz'");
        assertThat(send(jsonCall()).statusCode()).isEqualTo(200);
    }

    @Test
    void givesJoinDetailsOnlyToHoldersOfTheKeyOrWithoutOneToThisMachine() throws Exception {
        HttpResponse<String> withoutKey = send(to(server, "/cleave/cluster"));
        assertThat(withoutKey.statusCode()).isEqualTo(401);
        assertThat(withoutKey.body()).doesNotContain("with-key");
        assertThat(send(to(server, "/cleave/cluster").header("x-jitar-trust-key", KEY + "x")).statusCode()).isEqualTo(401);
        assertThat(send(to(server, "/cleave/cluster").header("x-jitar-trust-key", KEY)).body()).isEqualTo("{\"cluster\":\"with-key\"}");

        assertThat(send(to(keyless, "/cleave/cluster")).body()).isEqualTo("{\"cluster\":\"keyless\"}");
        HttpResponse<String> forwarded = send(to(keyless, "/cleave/cluster").header("x-forwarded-for", "203.0.113.7"));
        assertThat(forwarded.statusCode()).isEqualTo(403);
        assertThat(forwarded.body()).contains("'trustKey'").doesNotContain("keyless\"");
        HttpResponse<String> throughProxy = send(to(proxy, "/cleave/cluster"));
        assertThat(throughProxy.statusCode()).isEqualTo(403);
        assertThat(throughProxy.body()).doesNotContain("keyless\"");
    }

    @Test
    void closesAConnectionThatDribblesItsRequestHead() throws Exception {
        long seconds = secondsUntilClosedWhileDribbling(false);
        assertThat(seconds).isBetween(9L, 12L);
        assertThat(send(jsonCall()).body()).as("the node still serves others").isEqualTo("Hi, Ada!");
    }

    @Test
    void closesAKeptAliveConnectionThatDribblesTheHeadOfItsNextRequest() throws Exception {
        assertThat(secondsUntilClosedWhileDribbling(true)).isBetween(9L, 12L);
    }

    /**
     * Sends a request head one byte a second (after a whole first request on the same connection
     * when {@code afterOne}) and gives the seconds until the server closed the connection.
     */
    private static long secondsUntilClosedWhileDribbling(boolean afterOne) throws Exception {
        byte[] head = ("GET /app.js HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + "a".repeat(40) + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            if (afterOne) {
                out.write(head);
                out.flush();
                StringBuilder answer = new StringBuilder();
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (!RawHttp.complete(answer.toString()) && System.nanoTime() < deadline) {
                    try {
                        int read = in.read();
                        assertThat(read).as("the first request is answered on an open connection").isNotNegative();
                        answer.append((char) read);
                    } catch (java.net.SocketTimeoutException e) {
                        // the answer is still on its way
                    }
                }
                assertThat(RawHttp.status(answer.toString())).isEqualTo(200);
            }
            long started = System.nanoTime();
            boolean closed = false;
            for (int i = 0; i < head.length && !closed && System.nanoTime() - started < Duration.ofSeconds(20).toNanos(); i++) {
                try {
                    out.write(head[i]);
                    out.flush();
                    long byteSent = System.nanoTime();
                    // One byte a second; meanwhile, see whether the server closed the connection.
                    while (!closed && System.nanoTime() - byteSent < Duration.ofSeconds(1).toNanos()) {
                        try {
                            closed = in.read() < 0;
                        } catch (java.net.SocketTimeoutException e) {
                            // nothing yet: the server is still waiting for the head
                        }
                    }
                } catch (SocketException e) {
                    closed = true;
                }
                if (i == 3) {
                    assertThat(send(jsonCall()).body()).as("others are served meanwhile").isEqualTo("Hi, Ada!");
                }
            }
            assertThat(closed).as("the dribbling connection was closed").isTrue();
            return Duration.ofNanos(System.nanoTime() - started).toSeconds();
        }
    }
}
