package dev.cleave.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
    void sendsBackAMapKeyedByAnObjectWhoseToStringIsNoFunction() throws IOException {
        // found by SerializedDataFuzzTest (seed 5207478403682): naming the value's place called String() on the key
        String wire = "{\"serialized\":true,\"name\":\"Map\",\"entries\":{\"keys\":[{\"toString\":{\"a\":1}}],\"values\":[\"v\"]}}";
        assertThat(JSON.readTree((String) call("roundTrip", wire))).isEqualTo(JSON.readTree(wire));
    }

    @Test
    void rebuildsInstancesWithWorkingMethodsAndClasses() {
        assertThat(call("rebuildsWorkingValues")).isEqualTo(Map.of("pointLength", 5, "isPoint", true, "secret", "x",
                "notFound", true, "message", "gone", "mapGet", "one", "byte", 7));
    }

    @Test
    void refusesClassesOutsideTheRegistryAndMalformedEnvelopes() {
        assertThat(call("rejects", "{\"serialized\":true,\"name\":\"class\",\"key\":\"globalThis/Function\",\"args\":{}}"))
                .isEqualTo(REFUSED + "$: class 'globalThis/Function' is not registered in this release, so it cannot be rebuilt");
        assertThat(call("rejects", "{\"serialized\":true,\"name\":\"TypedArray\",\"type\":\"Proxy\",\"bytes\":[]}"))
                .isEqualTo(REFUSED + "$: unknown typed array type 'Proxy'");
        assertThat(call("rejects", "{\"serialized\":true,\"name\":\"RegExp\",\"source\":\"a\",\"flags\":\"q\"}"))
                .isEqualTo(REFUSED + "$: invalid RegExp flags 'q'; the flags are d, g, i, m, s, u, v and y");
        assertThat(call("rejects", "{\"serialized\":true,\"name\":\"Eval\"}"))
                .isEqualTo(REFUSED + "$: unknown serialized value 'Eval'; the kinds are class, Error, Date, Map, Set, BigInt,"
                        + " RegExp, Url and TypedArray");
        assertThat(call("rejects", "{\"a\":[{\"serialized\":true,\"name\":\"Url\",\"value\":\"not a url\"}]}"))
                .isEqualTo(REFUSED + "$.a[0]: 'not a url' is not a valid Url");
        assertThat(call("rejects", "{\"serialized\":true,\"name\":\"class\",\"key\":\"geo/Point\",\"args\":{\"x\":1}}"))
                .isEqualTo(REFUSED + "$.args: constructor argument 'x' is not an index from 0 to 254");
    }

    // The limits of docs/node.md, "Limits on decoded data": each just under (accepted) and just over.

    private static final String REFUSED = "SerializedDataError: Serialized data refused at ";

    private static String decodes(String text) {
        return (String) call("decodes", text);
    }

    private static String envelope(String name, String members) {
        return "{\"serialized\":true,\"name\":\"" + name + "\"," + members + "}";
    }

    private static String bigInt(String digits) {
        return "{\"args\":{\"user\":{\"id\":" + envelope("BigInt", "\"value\":\"" + digits + "\"") + "}}}";
    }

    @Test
    void decodesTheLimitsItNames() throws IOException {
        assertThat(JSON.readTree((String) call("limits"))).isEqualTo(JSON.readTree("{\"depth\":64,\"values\":1000000,"
                + "\"bigIntDigits\":4300,\"regExpSource\":1000,\"bytes\":67108864,\"classArguments\":255,"
                + "\"dateText\":100,\"urlText\":65536}"));
    }

    @Test
    void refusesABigIntOverItsDigitsAndAnyButDecimalDigits() {
        assertThat(decodes(bigInt("9".repeat(4300)))).isEqualTo("accepted");
        assertThat(decodes(bigInt("-" + "9".repeat(4300)))).isEqualTo("accepted");
        assertThat(decodes(bigInt("9".repeat(4301))))
                .isEqualTo(REFUSED + "$.args.user.id: a BigInt of 4301 characters is over the limit of 4300 digits");
        for (String bad : List.of("0x10", " 12", "12\\n", "1e3", "", "-", "+1")) {
            assertThat(decodes(bigInt(bad))).as(bad).startsWith(REFUSED + "$.args.user.id: a BigInt is decimal digits");
        }
    }

    private static String nested(int levels, String open, String close) {
        return open.repeat(levels) + close.repeat(levels);
    }

    @Test
    void refusesNestingDeeperThan64LevelsBeforeParsing() {
        String deep = REFUSED + "$" + "[0]".repeat(64) + ": nesting deeper than the limit of 64 levels of arrays and objects";
        assertThat(decodes(nested(64, "[", "]"))).isEqualTo("accepted");
        assertThat(decodes(nested(65, "[", "]"))).isEqualTo(deep);
        assertThat(call("rejects", nested(65, "[", "]"))).as("deserialize of parsed data").isEqualTo(deep);
        assertThat(decodes("{\"a\":[1,{\"b c\":" + nested(61, "[", "]") + "}]}")).isEqualTo("accepted");
        assertThat(decodes("{\"a\":[1,{\"b c\":" + nested(62, "[", "]") + "}]}"))
                .isEqualTo(REFUSED + "$.a[1][\"b c\"]" + "[0]".repeat(61) + ": nesting deeper than the limit of 64 levels of arrays and objects");
        assertThat(decodes("{\"s\":\"" + "[{\\\"".repeat(100) + "\"}")).as("brackets in strings").isEqualTo("accepted");
        long start = System.nanoTime();
        assertThat(decodes("[".repeat(200_000))).isEqualTo(deep);
        assertThat(decodes("{\"a\":".repeat(200_000))).startsWith(REFUSED + "$.a.a.a.a");
        assertThat(decodes("[\"" + "\\\"".repeat(100_000) + "[".repeat(100))).as("an unclosed string of escaped quotes")
                .startsWith("SyntaxError");
        assertThat(decodes("[".repeat(65))).as("too deep only at its end: JSON.parse refuses it").startsWith("SyntaxError");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void refusesARegExpSourceOver1000CharactersAndInvalidFlags() {
        String source = "a".repeat(1000);
        assertThat(decodes(envelope("RegExp", "\"source\":\"" + source + "\",\"flags\":\"gimsuy\""))).isEqualTo("accepted");
        assertThat(decodes("[" + envelope("RegExp", "\"source\":\"" + source + "a\",\"flags\":\"\"") + "]"))
                .isEqualTo(REFUSED + "$[0]: a RegExp source of 1001 characters is over the limit of 1000 characters");
        assertThat(decodes(envelope("RegExp", "\"source\":\"a\",\"flags\":\"gg\""))).startsWith(REFUSED + "$: invalid RegExp: ");
        assertThat(decodes(envelope("RegExp", "\"source\":\"(\",\"flags\":\"\""))).startsWith(REFUSED + "$: invalid RegExp: ");
    }

    @Test
    void refusesBytesOutside0To255AndOver64MiB() {
        assertThat(decodes(envelope("TypedArray", "\"type\":\"Uint8Array\",\"bytes\":[0,255]"))).isEqualTo("accepted");
        for (String bad : List.of("256", "-1", "1.5", "\"1\"", "null", "[1]")) {
            assertThat(decodes("{\"t\":" + envelope("TypedArray", "\"type\":\"Uint8Array\",\"bytes\":[0," + bad + "]") + "}"))
                    .as(bad).startsWith(REFUSED + "$.t.bytes[1]: a byte is an integer from 0 to 255, not ");
        }
        assertThat(decodes(envelope("TypedArray", "\"type\":\"Int32Array\",\"bytes\":[1,2,3]")))
                .isEqualTo(REFUSED + "$.bytes: 3 bytes do not make a whole Int32Array (4 bytes each)");
        // Under the limit: 1 MiB, not 64 MiB, which GraalJS takes minutes to build and check in a test.
        assertThat(call("decodesBytes", 1 << 20, true)).isEqualTo(1 << 20);
        assertThat(call("decodesBytes", (64 << 20) + 1, false))
                .isEqualTo(REFUSED + "$.bytes: 67108865 bytes are over the limit of 67108864 bytes (64 MiB)");
    }

    @Test
    void refusesMoreThanAMillionValuesInOneMessage() {
        // The message, its array and n numbers: 2 + n values.
        assertThat(decodes("{\"a\":[" + "0,".repeat(999_997) + "0]}")).isEqualTo("accepted");
        assertThat(decodes("{\"a\":[" + "0,".repeat(999_998) + "0]}"))
                .isEqualTo(REFUSED + "$.a[999998]: more than 1000000 values in one message, the limit of decoded values");
    }

    @Test
    void refusesAClassEnvelopeWithMoreThan255ConstructorArguments() {
        String args255 = IntStream.range(0, 255).mapToObj(i -> "\"" + i + "\":" + i)
                .collect(Collectors.joining(","));
        assertThat(decodes(envelope("class", "\"key\":\"test/Many\",\"args\":{" + args255 + "}"))).isEqualTo("accepted");
        assertThat(decodes(envelope("class", "\"key\":\"test/Many\",\"args\":{" + args255 + ",\"255\":0}")))
                .isEqualTo(REFUSED + "$.args: 256 constructor arguments are over the limit of 255");
        assertThat(decodes(envelope("class", "\"key\":\"test/Many\",\"args\":{\"255\":0}")))
                .isEqualTo(REFUSED + "$.args: constructor argument '255' is not an index from 0 to 254");
    }

    @Test
    void refusesTheKeysThatCouldChangeAPrototypeAnywhere() {
        String refusal = "' is refused (the keys __proto__, constructor and prototype could change the prototype of the"
                + " objects built from this data); rename the field";
        assertThat(decodes("{\"a\":{\"__proto__\":{\"admin\":true}}}")).isEqualTo(REFUSED + "$.a.__proto__: the key '__proto__" + refusal);
        assertThat(decodes("[{\"constructor\":1}]")).isEqualTo(REFUSED + "$[0].constructor: the key 'constructor" + refusal);
        assertThat(decodes("{\"p\":" + envelope("class", "\"key\":\"geo/Point\",\"args\":{\"0\":1,\"1\":2},"
                + "\"fields\":{\"prototype\":{}}") + "}")).isEqualTo(REFUSED + "$.p.fields.prototype: the key 'prototype" + refusal);
        assertThat(decodes(envelope("Date", "\"value\":null,\"__proto__\":{}"))).isEqualTo(REFUSED + "$.__proto__: the key '__proto__" + refusal);
        assertThat(decodes("{\"__proto\":1,\"proto\":2,\"Constructor\":3}")).isEqualTo("accepted");
        assertThat(call("prototypeUntouched")).isEqualTo(true);
    }

    @Test
    void refusesDateAndUrlTextsOverTheirLimits() {
        assertThat(decodes(envelope("Date", "\"value\":\"" + "1".repeat(100) + "\""))).isEqualTo("accepted");
        assertThat(decodes(envelope("Date", "\"value\":\"" + "1".repeat(101) + "\"")))
                .isEqualTo(REFUSED + "$: a Date text of 101 characters is over the limit of 100 characters");
        String url = "https://example.org/" + "a".repeat(65536 - 20);
        assertThat(decodes(envelope("Url", "\"value\":\"" + url + "\""))).isEqualTo("accepted");
        assertThat(decodes(envelope("Url", "\"value\":\"" + url + "a\"")))
                .isEqualTo(REFUSED + "$: a Url of 65537 characters is over the limit of 65536 characters");
    }

    @Test
    void namesWhereACycleIs() {
        assertThat(call("cyclic")).isEqualTo("cannot serialize a cyclic structure (at list.0.self)");
    }
}
