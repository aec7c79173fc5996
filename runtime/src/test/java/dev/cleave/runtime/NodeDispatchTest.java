package dev.cleave.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** The JavaScript half of a node's call path ({@code cleave/node}): binding, middleware, encoding. */
class NodeDispatchTest {
    private static JsRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = JsRuntime.create(RuntimeConfig.of(TestApps.path("node")).withLoops(1));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> call(String fqn, Map<String, Object> payload, Map<String, Object> options) {
        return (Map<String, Object>) runtime.invoke(Invocation.of("dispatch", "call", fqn, payload, options)).join();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(String export, Object... args) {
        return (Map<String, Object>) runtime.invoke(Invocation.of("dispatch", export, args)).join();
    }

    private static Map<String, Object> post(String fqn, String body) {
        return call(fqn, Map.of("body", body), Map.of());
    }

    @Test
    void bindsNamedArgumentsAndDefaults() {
        assertThat(post("greet", "{\"name\":\"Ada\"}")).containsEntry("status", 200)
                .containsEntry("body", "Hello, Ada!").containsEntry("contentType", "text/plain");
        assertThat(post("greet", "{\"greeting\":\"Hi\",\"name\":\"Bob\"}")).containsEntry("body", "Hi, Bob!");
    }

    @Test
    void refusesMissingAndUnknownArguments() {
        assertThat(post("greet", "{}")).containsEntry("status", 400).containsEntry("body", "Missing value for parameter 'name'");
        assertThat(post("greet", "{\"name\":\"a\",\"age\":3}")).containsEntry("status", 400)
                .containsEntry("body", "Unknown parameter 'age'");
        assertThat(post("greet", "[1]")).containsEntry("status", 400)
                .containsEntry("body", "The request body must be a JSON object of named arguments");
        assertThat(post("greet", "{nope")).containsEntry("status", 400);
    }

    @Test
    void bindsRestAndDestructuredParameters() {
        assertThat(post("sum", "{\"first\":1,\"...numbers\":[2,3,4]}")).containsEntry("body", "10")
                .containsEntry("contentType", "application/number");
        assertThat(post("area", "{\"width\":2,\"height\":3,\"a\":\"x\",\"b\":\"y\"}"))
                .containsEntry("body", "{\"area\":6,\"pair\":[\"x\",\"y\"]}");
        assertThat(post("area", "{\"width\":2}")).containsEntry("body", "Missing value for parameter 'height'");
    }

    @Test
    void readsQueryArgumentsWithRepeatedKeysAsArrays() {
        Map<String, Object> response = call("sum", Map.of("query", List.of(List.of("first", "a"), List.of("...numbers", "b"),
                List.of("...numbers", "c"))), Map.of());
        assertThat(response).containsEntry("body", "abc");
    }

    @Test
    @SuppressWarnings("unchecked")
    void runsMiddlewareOutermostFirstWithInjectedArguments() {
        Map<String, Object> response = call("whoAmI", Map.of("body", "{\"requester\":\"mallory\"}"),
                Map.of("headers", Map.of("Authorization", "Bearer ada"), "middleware", List.of("trace", "auth")));
        assertThat(response).containsEntry("body", "Bearer ada");
        assertThat((Map<String, Object>) response.get("headers")).containsEntry("x-trace", "whoAmI@1.0.0");
        Map<String, Object> redirected = call("greet", Map.of("body", "{\"name\":\"a\"}"), Map.of("middleware", List.of("redirect")));
        assertThat((Map<String, Object>) redirected.get("headers")).containsEntry("location", "/login");
    }

    @Test
    void refusesInjectedArgumentsSentByTheCaller() {
        String refused = "Argument '*requester' is refused: arguments whose name starts with '*' are set only by the server's"
                + " middleware; send 'requester' instead";
        Map<String, Object> auth = Map.of("headers", Map.of("Authorization", "Bearer ada"), "middleware", List.of("auth"));
        assertThat(call("whoAmI", Map.of("body", "{\"*requester\":\"mallory\"}"), auth))
                .containsEntry("status", 400).containsEntry("body", refused);
        assertThat(call("whoAmI", Map.of("query", List.of(List.of("*requester", "mallory"))), auth))
                .containsEntry("status", 400).containsEntry("body", refused);
        assertThat(call("whoAmI", Map.of("body", "{\"*requester\":\"mallory\"}"), Map.of()))
                .containsEntry("status", 400);
    }

    @Test
    void encodesEachResultKind() {
        record Kind(String kind, String contentType, String body) {}
        for (Kind kind : List.of(new Kind("text", "text/plain", "plain"), new Kind("number", "application/number", "42"),
                new Kind("yes", "application/boolean", "true"), new Kind("nothing", "application/null", "null"),
                new Kind("none", "application/undefined", ""), new Kind("object", "application/json", "{\"a\":[1]}"))) {
            assertThat(post("kinds", "{\"kind\":\"" + kind.kind() + "\"}"))
                    .containsEntry("contentType", kind.contentType()).containsEntry("body", kind.body());
        }
    }

    @Test
    void mapsErrorsToStatusesAndNeverSendsStacks() {
        assertThat(post("fail", "{\"how\":\"notFound\"}")).containsEntry("status", 404).containsEntry("body", "no such post");
        assertThat(post("fail", "{\"how\":\"custom\"}")).containsEntry("status", 400).containsEntry("body", "nickname taken");
        assertThat(post("fail", "{\"how\":\"server\"}")).containsEntry("status", 500).containsEntry("body", "the disk is full");
        assertThat((String) call("fail", Map.of("body", "{\"how\":\"custom\"}"), Map.of("serialized", true)).get("body"))
                .isEqualTo("{\"serialized\":true,\"name\":\"class\",\"key\":\"cleave:BadRequest\",\"args\":{\"0\":\"nickname taken\"},\"fields\":{}}");
    }

    @Test
    void answersAnUnexpectedErrorToOutsideCallersWithAReferenceOnly() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger app = (Logger) LoggerFactory.getLogger("cleave.app");
        app.addAppender(log);
        try {
            for (String how : List.of("type", "plain", "bare")) {
                Map<String, Object> answer = post("fail", "{\"how\":\"" + how + "\"}");
                assertThat(answer).as(how).containsEntry("status", 500);
                String body = (String) answer.get("body");
                assertThat(body).as(how).matches("Server error \\(reference [0-9a-f]{8}\\)");
                String reference = body.substring(body.indexOf("reference ") + 10, body.length() - 1);
                assertThat(log.list).as("the log has the error under reference %s", reference).anySatisfy(event -> {
                    assertThat(event.getLevel()).isEqualTo(Level.ERROR);
                    assertThat(event.getFormattedMessage()).contains("Unexpected error (reference " + reference + ") in procedure 'fail'")
                            .containsAnyOf("undefined is not a function", "hunter2", "a bare string");
                });
            }
        } finally {
            app.detachAppender(log);
        }
        Map<String, Object> serialized = call("fail", Map.of("body", "{\"how\":\"plain\"}"), Map.of("serialized", true));
        assertThat((String) serialized.get("body")).matches("\\{\"serialized\":true,\"name\":\"class\",\"key\":\"cleave:ServerError\","
                + "\"args\":\\{\"0\":\"Server error \\(reference [0-9a-f]{8}\\)\"},\"fields\":\\{}}");
        // a call from another node of the cluster gets the error itself: its own edge decides
        Map<String, Object> internal = call("fail", Map.of("body", "{\"how\":\"type\"}"), Map.of("serialized", true, "internal", true));
        assertThat((String) internal.get("body")).isEqualTo(
                "{\"serialized\":true,\"name\":\"Error\",\"type\":\"TypeError\",\"message\":\"undefined is not a function\"}");
    }

    @Test
    void decodesAndEncodesSerializedValues() {
        String body = "{\"p\":{\"serialized\":true,\"name\":\"class\",\"key\":\"geo/Point\",\"args\":{\"0\":1,\"1\":2},\"fields\":{}}}";
        assertThat(call("point", Map.of("body", body), Map.of("serialized", true))).containsEntry("body",
                "{\"serialized\":true,\"name\":\"class\",\"key\":\"geo/Point\",\"args\":{\"0\":2,\"1\":4},\"fields\":{}}");
    }

    @Test
    void refusesABodyPastTheDecodersLimitsWith400() {
        String bigInt = "{\"id\":{\"serialized\":true,\"name\":\"BigInt\",\"value\":\"" + "1".repeat(100_000) + "\"}}";
        Map<String, Object> tooLong = call("echo", Map.of("body", "{\"value\":" + bigInt + "}"), Map.of("serialized", true));
        assertThat(tooLong).containsEntry("status", 400);
        assertThat((String) tooLong.get("body")).startsWith("{\"serialized\":true,\"name\":\"class\",\"key\":\"cleave:BadRequest\"")
                .contains("Serialized data refused at $.value.id: a BigInt of 100000 characters is over the limit of 4300 digits");
        assertThat(post("echo", "{\"value\":{\"__proto__\":{\"admin\":true}}}")).containsEntry("status", 400)
                .containsEntry("body", "Serialized data refused at $.value.__proto__: the key '__proto__' is refused (the keys"
                        + " __proto__, constructor and prototype could change the prototype of the objects built from this"
                        + " data); rename the field");
        assertThat(post("echo", "{\"value\":" + "[".repeat(200_000))).containsEntry("status", 400).containsEntry("body",
                "Serialized data refused at $.value" + "[0]".repeat(63) + ": nesting deeper than the limit of 64 levels of arrays and objects");
        assertThat(call("echo", Map.of("body", "{\"value\":{\"serialized\":true,\"name\":\"class\",\"key\":\"x/Y\"}}"),
                Map.of("serialized", true))).containsEntry("status", 400);
        assertThat(post("echo", "{\"value\":{\"serialized\":true,\"name\":\"Eval\"}}")).as("plain JSON has no envelopes")
                .containsEntry("status", 200).containsEntry("body", "{\"serialized\":true,\"name\":\"Eval\"}");
    }

    @Test
    void failsACallAsAServerErrorWhenAnotherMembersAnswerIsRefused() {
        assertThat(run("remoteAnswer", 200, "{\"serialized\":true,\"name\":\"BigInt\",\"value\":\"12\"}"))
                .isEqualTo(Map.of("value", "12"));
        assertThat(run("remoteAnswer", 200, "{\"serialized\":true,\"name\":\"BigInt\",\"value\":\"0x12\"}"))
                .isEqualTo(Map.of("name", "ServerError", "status", 500, "message", "The answer of another member to"
                        + " 'other/thing' was refused: Serialized data refused at $: a BigInt is decimal digits with an optional '-',"
                        + " not '0x12'"));
        assertThat(run("remoteAnswer", 400, "[".repeat(200_000))).containsEntry("name", "ServerError")
                .containsEntry("status", 500);
        assertThat(run("remoteAnswer", 200, "{\"constructor\":1}")).containsEntry("status", 500);
    }

    @Test
    void checksButDoesNotRunOnADryRun() {
        assertThat(call("fail", Map.of("body", "{\"how\":\"type\"}"), Map.of("dryRun", true)))
                .containsEntry("status", 200).containsEntry("body", "");
        assertThat(call("greet", Map.of("body", "{}"), Map.of("dryRun", true))).containsEntry("status", 400);
    }
}
