package dev.cleave.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.cleave.runtime.JsRuntime;

/** The browser client over real HTTP (the runtime's fetch) against a server that answers like a node. */
class BrowserClientTest {
    private static final int POOL_LIMIT = 2;
    private static JsRuntime runtime;
    private static FakeNode node;

    @BeforeAll
    static void start() {
        runtime = ClientScripts.runtime();
        node = new FakeNode(POOL_LIMIT);
    }

    @AfterAll
    static void stop() {
        runtime.close();
        node.close();
    }

    private static Object call(String export, Object... args) {
        return ClientScripts.call(runtime, "calls", export, args);
    }

    static Stream<Arguments> fixtures() throws IOException {
        return WireFixtures.cases();
    }

    @Test
    void postsSerializedNamedArgumentsWithTheVersionAndHeadersToTheProcedure() {
        assertThat(call("request", node.port())).isEqualTo(Map.of(
                "method", "POST", "path", "/rpc/inspect/request", "version", "1.2.0", "encoding", "serialized",
                "contentType", "application/json", "trace", "abc",
                "body", "{\"when\":{\"serialized\":true,\"name\":\"Date\",\"value\":\"1970-01-01T00:00:00.000Z\"},"
                        + "\"tags\":{\"serialized\":true,\"name\":\"Set\",\"values\":[\"a\"]}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void sendsEachFixtureValueThereAndBack(String name, String js, JsonNode wire) throws IOException {
        assertThat(WireFixtures.parse((String) call("echo", node.port(), js))).isEqualTo(wire);
    }

    @Test
    void rebuildsARegisteredClassWithItsMethods() {
        assertThat(call("pointWorks", node.port())).isEqualTo(Map.of("isPoint", true, "length", 5));
    }

    @Test
    void decodesPlainAnswersByTheirJitarContentType() {
        assertThat(call("plainAnswers", node.port())).isEqualTo(Map.of("number", 42.5, "boolean", true,
                "null", "null", "undefined", "undefined", "text", "hello",
                "json", Map.of("a", List.of(1))));
    }

    @Test
    void rebuildsEveryJitarErrorAsItsOwnClassWithItsStatus() {
        List<String> kinds = new ArrayList<>(FakeNode.JITAR_STATUSES.keySet());
        Map<?, ?> seen = (Map<?, ?>) call("errors", node.port(), kinds);
        FakeNode.JITAR_STATUSES.forEach((kind, status) -> assertThat(seen.get(kind)).as(kind).isEqualTo(Map.of(
                "isError", true, "isClass", true, "name", kind, "message", "failed with " + kind,
                "status", status, "classStatus", status)));
    }

    @Test
    void turnsErrorsWithoutABrowserClassIntoErrorsWithMessageAndStatus() {
        Map<?, ?> seen = (Map<?, ?>) call("errors", node.port(), List.of("OutOfStock", "TypeError", "ShuttingDown", "Gateway", "Empty"));
        assertThat(seen.get("OutOfStock")).isEqualTo(error("OutOfStock", "apples", 400, false));
        assertThat(seen.get("TypeError")).isEqualTo(error("TypeError", "not a function", 500, false));
        assertThat(seen.get("ShuttingDown")).isEqualTo(Map.of("isError", true, "isClass", false, "name", "ServerError",
                "message", "The node is shutting down", "status", 503, "classStatus", 500));
        assertThat(seen.get("Gateway")).isEqualTo(error("Error", "Bad gateway", 502, false));
        assertThat(seen.get("Empty")).isEqualTo(error("Error", "The server answered with status 500", 500, false));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> refusedAnswer(int status, String text) {
        return (Map<String, Object>) call("refusedAnswer", node.port(), status, text);
    }

    @Test
    void refusesAnAnswerPastTheDecodersLimitsWithASerializedDataError() {
        String deep = "Serialized data refused at $" + "[0]".repeat(64) + ": nesting deeper than the limit of 64 levels of arrays and objects";
        assertThat(refusedAnswer(200, "[".repeat(200_000)))
                .isEqualTo(Map.of("name", "SerializedDataError", "message", deep, "refused", true, "typeError", true));
        assertThat(refusedAnswer(500, "[".repeat(200_000))).as("an error answer")
                .isEqualTo(Map.of("name", "SerializedDataError", "message", deep, "refused", true, "typeError", true));
        assertThat(refusedAnswer(200, "{\"a\":{\"__proto__\":{\"admin\":true}}}"))
                .containsEntry("name", "SerializedDataError").containsEntry("refused", true);
        assertThat(refusedAnswer(200, "{\"serialized\":true,\"name\":\"BigInt\",\"value\":\""
                + "1".repeat(4301) + "\"}")).containsEntry("message", "Serialized data refused at $: a BigInt of 4301 characters"
                + " is over the limit of 4300 digits");
    }

    @Test
    void middlewareAddsAHeaderAndRetriesAfterA401() {
        assertThat(call("middleware", node.port())).isEqualTo(Map.of(
                "secret", "s3cret",
                "log", List.of("before account/secret", "401: token expired", "after 200"),
                "refused", "Unauthorized 401 true"));
    }

    @Test
    void saysSoWhenAMiddlewareReturnsNoResponse() {
        assertThat(call("forgetfulMiddleware", node.port())).isEqualTo("A client middleware gave no Response for 'echo/value': "
                + "handle(request, next) must return what next() resolves with, or a Response of its own");
    }

    @Test
    void neverHasMoreThanTheLimitOfRequestsInFlight() {
        Map<?, ?> seen = (Map<?, ?>) call("pool", node.port(), 8, POOL_LIMIT);
        assertThat(seen.get("results")).isEqualTo(List.of(0, 1, 2, 3, 4, 5, 6, 7));
        assertThat(seen.get("activeAtStart")).isEqualTo(POOL_LIMIT);
        assertThat(seen.get("queuedAtStart")).isEqualTo(8 - POOL_LIMIT);
        assertThat(seen.get("after")).isEqualTo(Map.of("active", 0, "queued", 0));
        assertThat(node.mostHeld()).isEqualTo(POOL_LIMIT);
    }

    @Test
    void namesTheUrlAndTheProcedureWhenTheServerIsDown() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Map<?, ?> seen = (Map<?, ?>) call("serverDown", port);
        assertThat(seen.get("name")).isEqualTo("ServerUnreachable");
        assertThat(seen.get("unreachable")).isEqualTo(true);
        assertThat((String) seen.get("message"))
                .startsWith("Cannot reach the server at http://127.0.0.1:" + port + "/rpc/orders/placeOrder to run 'orders/placeOrder' (version 0.0.0)")
                .endsWith("Is the node running, and is baseUrl right?");
    }

    @Test
    void passesAnAbortOnAsTheAbortErrorOfFetch() {
        assertThat(call("aborted", node.port())).isEqualTo(Map.of("name", "AbortError", "unreachable", false));
    }

    @Test
    void asksForABaseUrlWhereThereIsNoPageOrigin() {
        assertThat(call("noOrigin")).isEqualTo("No server to run 'orders/placeOrder' on: there is no page origin here, "
                + "so call configure({ baseUrl: 'http://host:port' }) first");
    }

    @Test
    void refusesAnUnknownOptionByName() {
        assertThat(call("badOption")).isEqualTo("Unknown client option 'baseURL'; the options are baseUrl, middleware, maxConcurrent, classes");
    }

    private static Map<String, Object> error(String name, String message, int status, boolean isClass) {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("isError", true);
        expected.put("isClass", isClass);
        expected.put("name", name);
        expected.put("message", message);
        expected.put("status", status);
        expected.put("classStatus", null);
        return expected;
    }
}
