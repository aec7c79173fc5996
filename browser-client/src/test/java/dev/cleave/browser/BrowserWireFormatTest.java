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
}
