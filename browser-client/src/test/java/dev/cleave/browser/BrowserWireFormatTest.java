package dev.cleave.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

/**
 * The browser client's serializer against the shared golden fixtures, the same set the runtime's
 * WireFormatTest and node-agent's WireOverHttpIT check.
 */
class BrowserWireFormatTest {
    private static JsRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = ClientScripts.runtime();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    static Stream<Arguments> fixtures() throws IOException {
        return WireFixtures.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void serializesEachValueKindToItsEnvelope(String name, String js, JsonNode wire) throws IOException {
        assertThat(WireFixtures.JSON.readTree((String) ClientScripts.call(runtime, "wire", "serializeCase", js))).isEqualTo(wire);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void deserializesEachEnvelopeBackToTheSameData(String name, String js, JsonNode wire) throws IOException {
        String back = (String) ClientScripts.call(runtime, "wire", "roundTrip", wire.toString());
        assertThat(WireFixtures.JSON.readTree(back)).isEqualTo(wire);
    }

    @Test
    void rebuildsInstancesWithWorkingMethodsAndErrorClasses() {
        assertThat(ClientScripts.call(runtime, "wire", "rebuildsWorkingValues")).isEqualTo(Map.of(
                "pointLength", 5, "isPoint", true, "secret", "x", "notFound", true, "message", "gone"));
    }

    @Test
    void refusesDataPastTheDecodersLimitsAsTheNodeDoes() {
        String refused = "SerializedDataError: Serialized data refused at ";
        assertThat(ClientScripts.call(runtime, "wire", "decodes", "[".repeat(64) + "]".repeat(64))).isEqualTo("accepted");
        assertThat(ClientScripts.call(runtime, "wire", "decodes", "[".repeat(65) + "]".repeat(65)))
                .isEqualTo(refused + "$" + "[0]".repeat(64) + ": nesting deeper than the limit of 64 levels of arrays and objects");
        assertThat(ClientScripts.call(runtime, "wire", "decodes", "{\"x\":{\"serialized\":true,\"name\":\"RegExp\",\"source\":\""
                + "a".repeat(1001) + "\",\"flags\":\"g\"}}"))
                .isEqualTo(refused + "$.x: a RegExp source of 1001 characters is over the limit of 1000 characters");
        assertThat((String) ClientScripts.call(runtime, "wire", "decodes", "{\"prototype\":1}"))
                .startsWith(refused + "$.prototype: the key 'prototype' is refused");
    }
}
