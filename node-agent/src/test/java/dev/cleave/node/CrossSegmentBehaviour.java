package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Behaviour of the test app {@code projects/cluster} that must not depend on topology: the same
 * tests run on one node ({@link OneNodeBehaviourIT}) and on four ({@link ClusterIT}).
 */
abstract class CrossSegmentBehaviour {
    static final String TRUST_KEY = "cleave-test-trust-key-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The port of the node the tests call. */
    abstract int entry();

    static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void callsAcrossThreeSegments() {
        assertThat(json(TestNodes.post(entry(), "front/greet", "{\"name\":\"ann\"}")).get("text").asText())
                .isEqualTo("hello ann (stamped)");
    }

    @Test
    void carriesHeadersTraceIdAndDeadlineToTheInnermostCall() {
        JsonNode context = json(TestNodes.post(entry(), "front/context", "{}", "x-custom", "custom value",
                "authorization", "Bearer abc", "x-cleave-trace-id", "trace-1"));
        assertThat(context.get("custom").asText()).isEqualTo("custom value");
        assertThat(context.get("authorization").asText()).isEqualTo("Bearer abc");
        assertThat(context.get("traceId").asText()).isEqualTo("trace-1");
        assertThat(context.get("deadlineLeft").asLong()).isBetween(1L, 5_000L);
    }

    @Test
    void makesATraceIdForARequestWithoutOne() {
        assertThat(json(TestNodes.post(entry(), "front/context", "{}")).get("traceId").asText()).hasSize(36);
    }

    @Test
    void refusesAProtectedProcedureFromOutsideWithoutTheTrustKey() {
        assertThat(TestNodes.post(entry(), "back/secret", "{}").statusCode()).isEqualTo(401);
        assertThat(TestNodes.post(entry(), "back/secret", "{}", "x-jitar-trust-key", "wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> trusted = TestNodes.post(entry(), "back/secret", "{}", "x-jitar-trust-key", TRUST_KEY);
        assertThat(trusted.statusCode()).isEqualTo(200);
        assertThat(trusted.body()).isEqualTo("the secret");
    }

    @Test
    void letsAProcedureCallAProtectedProcedureOfAnotherSegment() {
        HttpResponse<String> told = TestNodes.post(entry(), "front/tell", "{}");
        assertThat(told.statusCode()).as(told.body()).isEqualTo(200);
        assertThat(told.body()).isEqualTo("told: the secret");
    }

    @Test
    void bringsAnErrorOfAnotherSegmentBackAsItsOwnClass() {
        assertThat(TestNodes.post(entry(), "front/lookup", "{\"name\":\"pear\"}").body()).isEqualTo("found pear");
        assertThat(TestNodes.post(entry(), "front/lookup", "{\"name\":\"kiwi\"}").body()).isEqualTo("NotFound: no kiwi here");
        HttpResponse<String> direct = TestNodes.post(entry(), "back/find", "{\"name\":\"kiwi\"}");
        assertThat(direct.statusCode()).isEqualTo(404);
        assertThat(direct.body()).isEqualTo("no kiwi here");
    }

    @Test
    void rebuildsAClassInstanceMadeInAnotherSegment() {
        HttpResponse<String> shout = TestNodes.post(entry(), "front/shout", "{\"name\":\"ann\"}");
        assertThat(shout.statusCode()).as(shout.body()).isEqualTo(200);
        assertThat(shout.body()).isEqualTo("HI ANN");
    }

    @Test
    void answersAnUnknownProcedureWithNotFound() {
        assertThat(TestNodes.post(entry(), "back/nothing", "{}").statusCode()).isEqualTo(404);
    }
}
