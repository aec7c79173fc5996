package dev.cleave.runtime.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class DomExceptionTest extends WebApiTestSupport {

    @Test
    void carriesNameMessageAndLegacyCode() {
        assertThat(call("domException", "describe", "stopped", "AbortError")).isEqualTo(Map.of(
                "name", "AbortError", "message", "stopped", "code", 20, "isError", true, "abortErr", 20,
                "text", "AbortError: stopped"));
        assertThat(call("domException", "describe", "x", "NoSuchName")).extracting(m -> ((Map<?, ?>) m).get("code"))
                .isEqualTo(0);
    }

    @Test
    void takesAnOptionsBagWithCause() {
        assertThat(call("domException", "withCause")).isEqualTo(Map.of(
                "name", "DataCloneError", "code", 25, "sameCause", true, "defaults", "Error"));
    }
}
