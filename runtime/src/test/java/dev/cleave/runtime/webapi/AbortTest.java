package dev.cleave.runtime.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AbortTest extends WebApiTestSupport {
    private static final Map<String, Object> ABORT_ERROR = Map.of(
            "name", "AbortError", "message", "This operation was aborted", "isDomException", true);

    @Test
    void abortsOnceWithAnAbortErrorByDefault() {
        assertThat(call("abort", "abortFiresOnce")).isEqualTo(Map.of(
                "before", Map.of("aborted", false, "reasonIsUndefined", true),
                "aborted", true, "reason", ABORT_ERROR,
                "events", List.of("listener:abort:true", "onabort:abort"),
                "thrown", true, "tag", "[object AbortSignal]", "handlerKept", "function"));
    }

    @Test
    void keepsTheGivenReasonAndForgetsAClearedHandler() {
        assertThat(call("abort", "abortKeepsTheGivenReason")).isEqualTo(Map.of(
                "same", true, "called", false, "nullHandler", true));
    }

    @Test
    void makesAnAbortedSignalWithAbortSignalAbort() {
        assertThat(call("abort", "staticAbortIsAbortedAtOnce")).isEqualTo(Map.of(
                "plain", List.of(true, ABORT_ERROR), "withReason", List.of(true, "nope"), "constructed", "TypeError"));
    }

    @Test
    void abortsWithATimeoutErrorAfterTheDelay() {
        Map<?, ?> seen = (Map<?, ?>) call("abort", "timeoutAbortsWithTimeoutError");
        assertThat(seen.get("early")).isEqualTo(false);
        assertThat(seen.get("event")).isEqualTo("abort");
        assertThat(seen.get("aborted")).isEqualTo(true);
        assertThat(seen.get("reason")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("name", "TimeoutError").containsEntry("isDomException", true);
        assertThat(seen.get("bad")).isEqualTo("TypeError");
    }

    @Test
    void followsTheFirstSourceToAbortInAbortSignalAny() {
        assertThat(call("abort", "anyFollowsTheFirstToAbort")).isEqualTo(Map.of(
                "before", false,
                "combined", List.of(true, "b went first"),
                "nested", List.of(true, "b went first"),
                "order", List.of("b", "combined", "nested"),
                "already", List.of(true, "done"),
                "notSignal", "TypeError"));
    }

    @Test
    void reportsAThrowingAbortListenerAndStillAborts() {
        assertThat(call("abort", "throwingAbortListenerDoesNotStopAbort")).isEqualTo(Map.of(
                "reported", List.of("listener broke"), "second", true, "aborted", true));
    }
}
