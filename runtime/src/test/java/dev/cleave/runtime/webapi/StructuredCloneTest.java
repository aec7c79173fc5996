package dev.cleave.runtime.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StructuredCloneTest extends WebApiTestSupport {

    @Test
    void keepsPrimitivesIncludingNegativeZeroNanAndBigInt() {
        assertThat(call("structuredClone", "primitives")).isEqualTo(Map.of(
                "negativeZero", true, "nan", true, "bigint", true, "others", true));
    }

    @Test
    void copiesWrapperObjects() {
        assertThat(call("structuredClone", "wrappers")).isEqualTo(List.of(wrapper("Boolean"), wrapper("Number"),
                wrapper("String"), wrapper("BigInt")));
    }

    @Test
    void copiesDatesAndRegExpsWithoutLastIndex() {
        assertThat(call("structuredClone", "datesAndRegExps")).isEqualTo(Map.of(
                "date", true, "source", "a(b)c", "flags", "gimsuy", "lastIndex", 0, "distinctRegExp", true));
    }

    @Test
    void copiesBuffersAndKeepsViewsOnOneSharedBuffer() {
        assertThat(call("structuredClone", "buffers")).isEqualTo(Map.of(
                "copied", true, "sharedBuffer", true, "bytes", List.of(2, 3, 5), "view", List.of(1, 7, 5),
                "words", List.of("Uint16Array", "1,65535")));
    }

    @Test
    void transfersBuffersByDetachingThemOnlyWhenTheCloneSucceeds() {
        assertThat(call("structuredClone", "transfers")).isEqualTo(Map.of(
                "detached", true, "moved", "7,8", "viewDetached", true, "movedView", "4,5,6",
                "failed", "DataCloneError", "keptIntact", true, "twice", "DataCloneError", "notBuffer", "DataCloneError",
                "detachedAgain", "DataCloneError", "notObject", "TypeError"));
    }

    @Test
    void copiesMapsAndSetsWithTheirCycles() {
        assertThat(call("structuredClone", "collections")).isEqualTo(Map.of(
                "map", true, "keyCopied", true, "setSharesKey", true));
    }

    @Test
    void copiesErrorsWithNameMessageCauseAndStack() {
        assertThat(call("structuredClone", "errors")).isEqualTo(Map.of(
                "type", List.of(true, "TypeError", "bad type", "root", true, true),
                "messageOwn", false,
                "custom", List.of("Error", "Error", "custom"),
                "dom", List.of(true, "AbortError", "stop", 20)));
    }

    @Test
    void copiesOwnEnumerableDataReadingEachGetterOnce() {
        assertThat(call("structuredClone", "objectsAndArrays")).isEqualTo(Map.of(
                "reads", 1, "counted", "read", "pointIsPlain", true, "hiddenDropped", true, "symbolsDropped", true,
                "array", List.of(true, 3, false, 3, "kept")));
    }

    @Test
    void preservesCyclesAndSharedReferences() {
        assertThat(call("structuredClone", "graphs")).isEqualTo(Map.of(
                "self", true, "shared", true, "fresh", true, "arrayCycle", true));
    }

    @Test
    void refusesWhatCannotBeClonedNamingIt() {
        String prefix = "DOMException:DataCloneError:structuredClone: ";
        assertThat(call("structuredClone", "uncloneables")).isEqualTo(Map.of(
                "function", prefix + "function named could not be cloned",
                "symbol", prefix + "Symbol(tag) could not be cloned",
                "symbolObject", prefix + "a Symbol object could not be cloned",
                "weakMap", prefix + "a WeakMap could not be cloned",
                "weakSet", prefix + "a WeakSet could not be cloned",
                "promise", prefix + "a Promise could not be cloned",
                "generator", prefix + "a Generator could not be cloned",
                "revokedProxy", prefix + "a revoked Proxy could not be cloned",
                "sharedBuffer", prefix + "a SharedArrayBuffer could not be cloned",
                "noArguments", "TypeError:TypeError:structuredClone: 1 argument required, but only 0 present"));
    }

    private static Map<String, Object> wrapper(String type) {
        return Map.of("type", "object", "distinct", true, "equal", true, "tag", "[object " + type + "]");
    }
}
