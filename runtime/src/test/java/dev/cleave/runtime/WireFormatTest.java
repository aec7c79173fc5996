package dev.cleave.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The serializer of the built-in module {@code cleave/serializer} against the golden wire fixtures.
 * Both come from browser-client, which runs the same fixtures in its own tests.
 */
class WireFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = JsRuntime.create(RuntimeConfig.of(TestApps.path("wire")).withLoops(1));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    static Stream<Arguments> fixtures() throws IOException {
        JsonNode cases = JSON.readTree(Path.of("../browser-client/src/test/fixtures/wire.json").toFile()).get("cases");
        List<Arguments> arguments = new ArrayList<>();
        cases.forEach(c -> arguments.add(Arguments.of(c.get("name").asText(), c.get("js").asText(), c.get("wire"))));
        return arguments.stream();
    }

    private static Object call(String export, Object... args) {
        return runtime.invoke(Invocation.of("wire", export, args)).join();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void serializesEachValueKindToItsEnvelope(String name, String js, JsonNode wire) throws IOException {
        assertThat(JSON.readTree((String) call("serializeCase", js))).isEqualTo(wire);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void deserializesEachEnvelopeBackToTheSameData(String name, String js, JsonNode wire) throws IOException {
        assertThat(JSON.readTree((String) call("roundTrip", wire.toString()))).isEqualTo(wire);
    }

    @Test
    void rebuildsInstancesWithWorkingMethodsAndClasses() {
        assertThat(call("rebuildsWorkingValues")).isEqualTo(Map.of("pointLength", 5, "isPoint", true, "secret", "x",
                "notFound", true, "message", "gone", "mapGet", "one", "byte", 7));
    }

    @Test
    void refusesClassesOutsideTheRegistryAndMalformedEnvelopes() {
        assertThat(call("rejects", "{\"serialized\":true,\"name\":\"class\",\"key\":\"globalThis/Function\",\"args\":{}}"))
                .isEqualTo("TypeError: class 'globalThis/Function' is not registered in this release, so it cannot be rebuilt");
        assertThat(call("rejects", "{\"serialized\":true,\"name\":\"TypedArray\",\"type\":\"Proxy\",\"bytes\":[]}"))
                .isEqualTo("TypeError: unknown typed array type 'Proxy' in serialized data");
        assertThat(call("rejects", "{\"serialized\":true,\"name\":\"RegExp\",\"source\":\"a\",\"flags\":\"q\"}"))
                .isEqualTo("TypeError: invalid RegExp flags 'q' in serialized data");
        assertThat(call("rejects", "{\"serialized\":true,\"name\":\"Eval\"}"))
                .isEqualTo("TypeError: unknown serialized value 'Eval'");
    }

    @Test
    void namesWhereACycleIs() {
        assertThat(call("cyclic")).isEqualTo("cannot serialize a cyclic structure (at list.0.self)");
    }
}
