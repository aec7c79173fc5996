package dev.cleave.runtime.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EventTargetTest extends WebApiTestSupport {

    @Test
    void setsTargetAndPhaseOnlyDuringDispatch() {
        Map<?, ?> seen = (Map<?, ?>) call("eventTarget", "duringDispatch");
        assertThat(seen.get("before")).isEqualTo(Map.of("phase", 0, "noTarget", true, "path", 0));
        assertThat(seen.get("seen")).isEqualTo(Map.of("sameEvent", true, "target", true, "currentTarget", true,
                "phase", 2, "path", 1, "thisValue", true));
        assertThat(seen.get("result")).isEqualTo(true);
        assertThat(seen.get("after")).isEqualTo(Map.of("phase", 0, "noCurrentTarget", true, "targetKept", true));
        assertThat(seen.get("flags")).isEqualTo(Map.of("type", "ping", "bubbles", true, "cancelable", false,
                "composed", true, "isTrusted", false, "timeStamp", "number", "tag", "[object Event]"));
        assertThat(seen.get("constants")).isEqualTo(List.of(0, 1, 2, 3, 2));
    }

    @Test
    void honoursPreventDefaultOnlyForCancelableEventsOutsidePassiveListeners() {
        assertThat(call("eventTarget", "preventDefaultNeedsCancelable")).isEqualTo(Map.of(
                "cancelable", List.of(false, true),
                "plain", List.of(true, false),
                "passive", List.of(true, false)));
    }

    @Test
    void callsCaptureListenersFirstAndIgnoresDuplicates() {
        assertThat(call("eventTarget", "listenersRunInOrder")).isEqualTo(List.of(
                "shared", "capture", "bubble", "shared", "object:h:x", "once",
                "|", "capture", "bubble", "shared", "object:h:x"));
    }

    @Test
    void stopsAtStopImmediatePropagationAndSkipsBubblingAfterStopPropagation() {
        assertThat(call("eventTarget", "propagationStops")).isEqualTo(Map.of(
                "calls", List.of("a1", "b-capture", "b-capture-2"), "cancelBubbleAfter", false));
    }

    @Test
    void reportsAThrowingListenerAndCallsTheOthers() {
        Map<?, ?> seen = (Map<?, ?>) call("eventTarget", "throwingListenerIsReported");
        assertThat((List<?>) seen.get("reported")).hasSize(2).first().isEqualTo("first broke");
        assertThat(seen.get("calls")).isEqualTo(List.of("second ran"));
        assertThat(seen.get("result")).isEqualTo(true);
    }

    @Test
    void skipsListenersAddedOrRemovedDuringDispatch() {
        assertThat(call("eventTarget", "changesDuringDispatch")).isEqualTo(List.of("first", "|", "first", "late"));
    }

    @Test
    void removesAListenerWhenItsSignalAborts() {
        assertThat(call("eventTarget", "signalRemovesListener")).isEqualTo(Map.of(
                "calls", List.of("listened"), "badSignal", "TypeError"));
    }

    @Test
    void carriesDetailInACustomEvent() {
        assertThat(call("eventTarget", "customEventCarriesDetail")).isEqualTo(Map.of(
                "seen", Map.of("headline", "hi"), "isEvent", true, "tag", "[object CustomEvent]", "defaultDetailIsNull", true));
    }

    @Test
    void letsClassesExtendEventTargetAndRejectsMisuse() {
        assertThat(call("eventTarget", "subclassesAndMisuse")).isEqualTo(Map.of(
                "ticks", 2, "isTarget", true,
                "errors", Map.of("noType", "TypeError", "badInit", "TypeError", "notAnEvent", "TypeError",
                        "redispatch", "InvalidStateError")));
    }
}
