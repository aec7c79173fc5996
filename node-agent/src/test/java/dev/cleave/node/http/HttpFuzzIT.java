package dev.cleave.node.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * Random requests against a real server: methods, paths, escapes, headers and bodies drawn from a
 * seeded generator ({@code -Dfuzz.seed=n} repeats a run, {@code -Dfuzz.requests=n} sets its
 * length). No answer is a 500, none hangs, and the node serves a plain call afterwards.
 */
class HttpFuzzIT {
    private static final Path APP = Path.of("src/test/resources/apps/rpc").toAbsolutePath();
    private static final String KEY = "0123456789abcdef0123456789abcdef-fuzz";
    private static final long SEED = Long.getLong("fuzz.seed", 17L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 600);
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(15);
    private static JsRuntime runtime;
    private static HttpServer server;
    private static HttpServer proxy;

    @BeforeAll
    static void start() {
        runtime = JsRuntime.create(RuntimeConfig.of(APP));
        ProcedureCatalog catalog = new ProcedureCatalog(List.of(
                new Implementation("greetings/sayHi", Version.parse("1.0.0"), Access.PUBLIC, "main", "greetings", "sayHi",
                        List.of(Parameter.named("name"), new Parameter("greeting", true, false, null, List.of()))),
                new Implementation("greetings/secret", Version.ZERO, Access.PROTECTED, "main", "greetings", "secret", List.of()),
                new Implementation("greetings/hidden", Version.ZERO, Access.PRIVATE, "main", "greetings", "hidden", List.of()),
                new Implementation("greetings/whoAmI", Version.ZERO, Access.PUBLIC, "main", "greetings", "whoAmI",
                        List.of(Parameter.named("requester")))), List.of());
        LocalInvoker invoker = new LocalInvoker(runtime, catalog, List.of("auth/middleware"), Duration.ofSeconds(4));
        server = new HttpServer("127.0.0.1", 0, 204_800, new ProcedureGate(catalog, KEY), invoker, null, null,
                APP.resolve("web"), new RepositoryConfig(null, List.of("*.js", "*.html"), null, true),
                new BrowserPolicy(List.of("https://app.example.com"), null), () -> "{}").start();
        proxy = HttpServer.proxy("127.0.0.1", 0, 204_800, "http://127.0.0.1:" + server.port(), "http://127.0.0.1:" + server.port(),
                Duration.ofSeconds(5)).start();
    }

    @AfterAll
    static void stop() {
        proxy.close();
        server.close();
        runtime.close();
    }

    @Test
    void neverAnswers500NorHangsOnRandomRequests() {
        Requests requests = new Requests(new SplitMix(SEED), false);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS && failures.size() < 5; i++) {
            byte[] request = requests.next();
            // One request in three goes through a node of the proxy role, which passes on what it is sent.
            HttpServer target = i % 3 == 2 ? proxy : server;
            String answer;
            try {
                answer = RawHttp.send(target.port(), request, ANSWER_WITHIN);
            } catch (AssertionError e) {
                failures.add("request " + i + " (seed " + SEED + "): " + e.getMessage());
                continue;
            }
            // 501 (a method Jetty does not know) and 505 (an HTTP version it does not speak) are right answers.
            if (List.of(500, 502, 504).contains(RawHttp.status(answer))) {
                failures.add("request " + i + " (seed " + SEED + (target == proxy ? ", through the proxy" : "") + ") got "
                        + RawHttp.status(answer) + ": "
                        + RawHttp.preview(request) + "\n  answer: " + preview(answer));
            }
        }
        assertThat(failures).isEmpty();
        assertStillServing(server);
        assertStillServing(proxy);
    }

    /**
     * Bodies in the serialized encoding ({@code x-jitar-data-encoding: serialized}) with broken
     * envelopes (deep nesting, huge BigInt digits, unknown kinds): the decoder's limits answer 400,
     * never 500.
     */
    @Test
    void neverAnswers500ToBrokenSerializedEnvelopes() {
        Requests requests = new Requests(new SplitMix(SEED), true);
        for (int i = 0; i < REQUESTS / 2; i++) {
            byte[] request = requests.next();
            String answer = RawHttp.send(server.port(), request, ANSWER_WITHIN);
            assertThat(RawHttp.status(answer)).as("request %d: %s -> %s", i, RawHttp.preview(request), preview(answer))
                    .isNotEqualTo(500);
        }
        assertStillServing(server);
    }

    private static void assertStillServing(HttpServer target) {
        String answer = RawHttp.send(target.port(), ("POST /rpc/greetings/sayHi HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nx-jitar-procedure-version: 1\r\nContent-Length: 14\r\n"
                + "Connection: close\r\n\r\n{\"name\":\"Ada\"}").getBytes(StandardCharsets.US_ASCII), ANSWER_WITHIN);
        assertThat(RawHttp.status(answer)).isEqualTo(200);
        assertThat(answer).endsWith("Hi, Ada!");
    }

    private static String preview(String answer) {
        return answer.length() > 700 ? answer.substring(0, 700) + "..." : answer;
    }

    /** SplitMix64: small, fast and the same on every JVM for a seed. */
    static final class SplitMix {
        private long state;

        SplitMix(long seed) {
            this.state = seed;
        }

        long next() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        int below(int bound) {
            return (int) Math.floorMod(next(), (long) bound);
        }

        boolean chance(int percent) {
            return below(100) < percent;
        }

        <T> T pick(List<T> values) {
            return values.get(below(values.size()));
        }
    }

    /** Makes requests from pieces that are each sometimes right and sometimes wrong. */
    static final class Requests {
        private static final List<String> METHODS = List.of("GET", "POST", "POST", "POST", "OPTIONS", "PUT", "DELETE",
                "HEAD", "PATCH", "TRACE", "CONNECT", "BREW", "get", "P O S T", "");
        private static final List<String> PATHS = List.of("/rpc/greetings/sayHi", "/rpc/greetings/secret",
                "/rpc/greetings/hidden", "/rpc/greetings/whoAmI", "/rpc/greetings/nothing", "/rpc/", "/rpc",
                "/rpc/greetings/..%2Fsecret", "/rpc/%2e%2e/x", "/rpc/a%zz", "/rpc/%", "/rpc/%E2%82", "/rpc/%00",
                "/rpc/greetings%2FsayHi", "/rpc//greetings//sayHi", "/", "/app.js", "/index.html", "/private.txt",
                "/../greetings.js", "/%2e%2e/greetings.js", "/health", "/health/status", "/health/ready",
                "/cleave/cluster", "*", "http://127.0.0.1/rpc/greetings/sayHi", "/rpc/" + "x".repeat(3000),
                "/rpc/gr\u00fc\u00dfe", "/rpc/greetings/sayHi#frag", "/;jsessionid=1", "/rpc/greetings/sayHi;x=1");
        private static final List<String> QUERIES = List.of("", "", "?name=Ada", "?name=%zz", "?name=", "?=x", "?&&&",
                "?name=a&name=b", "?%2Aname=x", "?*requester=x", "?name=%F0%9F%98%80", "?name=%", "?" + "a=1&".repeat(500),
                "?name=Ada&greeting=Yo", "?requester=%00");
        private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
                "APPLICATION/JSON", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/json;", ";", "", "application/jsonx", "application/json; charset=nope");
        private static final List<String> ORIGINS = List.of("https://app.example.com", "https://evil.example", "null",
                "http://127.0.0.1", "not a url", "http://[::1", "https://app.example.com/", "");
        private static final List<String> VERSIONS = List.of("1", "1.0", "1.2.3", "0", "v2", "-1", "1.2.3.4",
                "99999999999999999999", "", "1..2", "\u0661");
        private static final List<String> SITES = List.of("same-origin", "cross-site", "same-site", "none", "bogus");
        private static final List<String> VALUES = List.of("\"Ada\"", "\"\"", "1", "-0", "1e309", "123456789012345678901234567890",
                "true", "null", "[]", "{}", "[1,2,3]", "{\"a\":{\"b\":[null]}}", "\"\\u0000\"", "\"\\ud800\"", "\"" + "y".repeat(5000) + "\"");
        private static final List<String> NAMES = List.of("name", "greeting", "requester", "*requester", "...rest", "__proto__",
                "constructor", "", "naMe", "x".repeat(300));

        private final SplitMix random;
        private final boolean serialized;

        Requests(SplitMix random, boolean serialized) {
            this.random = random;
            this.serialized = serialized;
        }

        byte[] next() {
            String method = random.pick(METHODS);
            String target = random.pick(PATHS) + random.pick(QUERIES);
            byte[] body = random.chance(75) ? body() : new byte[0];
            StringBuilder head = new StringBuilder(method).append(' ').append(target)
                    .append(random.chance(95) ? " HTTP/1.1" : random.pick(List.of(" HTTP/1.0", " HTTP/9.9", "", " HTTP/1.1 x")))
                    .append("\r\n");
            if (random.chance(95)) {
                head.append("Host: 127.0.0.1\r\n");
            }
            if (random.chance(70)) {
                head.append("Content-Type: ").append(random.pick(CONTENT_TYPES)).append("\r\n");
            }
            if (random.chance(30)) {
                head.append("Origin: ").append(random.pick(ORIGINS)).append("\r\n");
            }
            if (random.chance(20)) {
                head.append("Sec-Fetch-Site: ").append(random.pick(SITES)).append("\r\n");
            }
            if (random.chance(40)) {
                head.append("x-jitar-procedure-version: ").append(random.pick(VERSIONS)).append("\r\n");
            }
            if (random.chance(15)) {
                head.append("x-jitar-trust-key: ").append(random.chance(50) ? KEY : "wrong").append("\r\n");
            }
            if (random.chance(10)) {
                head.append("Access-Control-Request-Method: POST\r\n");
            }
            if (serialized || random.chance(5)) {
                head.append("x-jitar-data-encoding: ").append(serialized ? "serialized" : "plain").append("\r\n");
            }
            if (random.chance(10)) {
                head.append(random.pick(List.of("X-Odd: \u00ff\u00fe", "Bad Header: x", ": empty", "X-Long: " + "z".repeat(10_000),
                        "Transfer-Encoding: chunked", "Expect: 100-continue", "Content-Length: -1", "Content-Length: abc",
                        "x-forwarded-for: 203.0.113.9", "Connection: keep-alive, Upgrade", "Upgrade: h2c"))).append("\r\n");
            }
            int length = random.chance(90) ? body.length : Math.max(0, body.length + random.below(20) - 10);
            head.append("Content-Length: ").append(length).append("\r\nConnection: close\r\n\r\n");
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            request.writeBytes(body);
            return request.toByteArray();
        }

        private byte[] body() {
            if (serialized) {
                return serializedBody().getBytes(StandardCharsets.UTF_8);
            }
            return switch (random.below(6)) {
                case 0, 1 -> object().getBytes(StandardCharsets.UTF_8);
                case 2 -> {
                    String whole = object();
                    yield whole.substring(0, random.below(whole.length() + 1)).getBytes(StandardCharsets.UTF_8);
                }
                case 3 -> {
                    int depth = random.below(20_000);
                    String open = random.chance(50) ? "[" : "{\"a\":";
                    String close = open.equals("[") ? "]" : "}";
                    String value = "{\"name\":" + open.repeat(depth) + "1" + (random.chance(80) ? close.repeat(depth) : "") + "}";
                    yield value.getBytes(StandardCharsets.UTF_8);
                }
                case 4 -> random.pick(VALUES).getBytes(StandardCharsets.UTF_8);
                default -> {
                    byte[] bytes = new byte[random.below(300)];
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = (byte) random.next();
                    }
                    yield bytes;
                }
            };
        }

        private String object() {
            StringBuilder json = new StringBuilder("{");
            int fields = random.below(4);
            for (int i = 0; i < fields; i++) {
                json.append(i == 0 ? "" : ",").append('"').append(random.pick(NAMES)).append("\":").append(random.pick(VALUES));
            }
            return json.append('}').toString();
        }

        /** Arrays in the serialized encoding inside each other, {@code depth} deep. */
        private static String nestedEnvelopes(int depth) {
            String open = "{\"serialized\":true,\"name\":\"Array\",\"items\":[";
            return open.repeat(depth) + "1" + "]}".repeat(depth);
        }

        /** Envelopes of the wire format of COMPATIBILITY.md §5, whole and broken. */
        private String serializedBody() {
            String value = random.pick(List.of(
                    "{\"serialized\":true,\"name\":\"BigInt\",\"value\":\"" + "9".repeat(random.below(200_000)) + "\"}",
                    "{\"serialized\":true,\"name\":\"Date\",\"value\":\"not a date\"}",
                    "{\"serialized\":true,\"name\":\"Map\",\"entries\":" + "[".repeat(random.below(5000)) + "}",
                    nestedEnvelopes(random.below(20_000)),
                    "{\"serialized\":true,\"name\":\"class\",\"key\":\"nope\",\"args\":{},\"fields\":{}}",
                    "{\"serialized\":true,\"name\":\"Array\",\"items\":null}",
                    "{\"serialized\":true}",
                    "{\"serialized\":true,\"name\":\"Uint8Array\",\"bytes\":\"%%%\"}",
                    "\"Ada\""));
            return "{\"name\":" + value + "}";
        }
    }
}
