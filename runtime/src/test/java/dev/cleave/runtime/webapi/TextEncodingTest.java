package dev.cleave.runtime.webapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TextEncodingTest extends WebApiTestSupport {
    private static final String R = "\ufffd";

    private static Object decode(String label, Map<String, Object> options, int... bytes) {
        return call("textEncoding", "decode", label, options, java.util.Arrays.stream(bytes).boxed().toList());
    }

    @Test
    void encodesUtf8WithLoneSurrogatesAsReplacementCharacters() {
        assertThat(call("textEncoding", "encoding")).isEqualTo(Map.of(
                "encoding", "utf-8",
                "loneSurrogates", List.of(97, 239, 191, 189, 98, 239, 191, 189),
                "trailingHighSurrogate", List.of(97, 239, 191, 189),
                "pair", List.of(226, 130, 172, 240, 159, 152, 128),
                "nothing", List.of(),
                "isUint8Array", true,
                "withoutNew", "TypeError"));
    }

    @Test
    void encodesIntoWhatFitsAndCountsUtf16UnitsReadAndBytesWritten() {
        assertThat(call("textEncoding", "encodingInto")).isEqualTo(Map.of(
                "partial", List.of(2, 4, List.of(97, 226, 130, 172, 0)),
                "noRoomForFourBytes", List.of(0, 0),
                "offset", List.of(2, 3, List.of(0, 0, 0, 104, 195, 169, 0, 0)),
                "lone", List.of(2, 4, List.of(239, 191, 189, 120, 0, 0)),
                "notUint8Array", "TypeError"));
    }

    @Test
    void replacesInvalidUtf8UnlessFatal() {
        assertThat(decode("utf-8", null, 0x61, 0xff, 0xe2, 0x82, 0x62, 0xf0, 0x9f, 0x98)).isEqualTo("a" + R + R + "b" + R);
        assertThat(decode("utf-8", null, 0xed, 0xa0, 0x80)).isEqualTo(R + R + R);
        assertThat(decode("utf-8", null, 0xc0, 0x80)).isEqualTo(R + R);
        assertThat(decode("utf-8", null, 0xf4, 0x90, 0x80, 0x80)).isEqualTo(R + R + R + R);
        assertThat(decode("utf-8", Map.of("fatal", true), 0x61, 0xff))
                .isEqualTo("TypeError: The encoded data was not valid for encoding utf-8");
        assertThat(decode("utf-8", Map.of("fatal", true), 0xe2, 0x82, 0xac)).isEqualTo("\u20ac");
    }

    @Test
    void stripsOneLeadingBomUnlessIgnoreBomIsSet() {
        assertThat(decode("utf-8", null, 0xef, 0xbb, 0xbf, 0x61)).isEqualTo("a");
        assertThat(decode("utf-8", null, 0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf)).isEqualTo("\ufeff");
        assertThat(decode("utf-8", Map.of("ignoreBOM", true), 0xef, 0xbb, 0xbf, 0x61)).isEqualTo("\ufeffa");
        assertThat(decode("utf-8", null, 0xff, 0xfe, 0x61, 0x00)).isEqualTo(R + R + "a\u0000");
        assertThat(decode("utf-16le", null, 0xff, 0xfe, 0x61, 0x00)).isEqualTo("a");
        assertThat(decode("utf-16be", null, 0xfe, 0xff, 0x00, 0x61)).isEqualTo("a");
        assertThat(decode("utf-16le", null, 0xef, 0xbb, 0xbf, 0x00)).isEqualTo("\ubbef\u00bf");
    }

    @Test
    void streamsMultiByteSequencesAcrossChunks() {
        assertThat(call("textEncoding", "streaming")).isEqualTo(Map.of(
                "euro", List.of("", "\u20ac"),
                "emojiByteByByte", List.of("", "", "", "\ud83d\ude00", ""),
                "truncatedAtEnd", List.of("a", R),
                "fatalTruncatedAtEnd", "TypeError",
                "utf16SplitPair", List.of("", "", "\ud83d\ude00"),
                "bomSplit", List.of("", "a", "\ufeff"),
                "bomAgainAfterFlush", List.of("a", "b")));
    }

    @Test
    void decodesUtf16InBothByteOrders() {
        assertThat(decode("utf-16le", null, 0x61, 0x00, 0x3d, 0xd8, 0x00, 0xde)).isEqualTo("a\ud83d\ude00");
        assertThat(decode("utf-16le", null, 0x61, 0x00, 0x62)).isEqualTo("a" + R);
        assertThat(decode("utf-16le", null, 0x00, 0xd8, 0x61, 0x00)).isEqualTo(R + "a");
        assertThat(decode("utf-16be", null, 0xdc, 0x00, 0x00, 0x61)).isEqualTo(R + "a");
        assertThat(decode("utf-16le", Map.of("fatal", true), 0x61, 0x00, 0x62)).asString().startsWith("TypeError");
    }

    @Test
    void decodesWindows1252UnderItsLatin1AndAsciiLabels() {
        String expected = "\u20ac\u0081\u0178\u00e9A\u00ff";
        for (String label : List.of("latin1", "windows-1252", "ascii", "us-ascii", "ISO-8859-1", "cp1252")) {
            assertThat(decode(label, null, 0x80, 0x81, 0x9f, 0xe9, 0x41, 0xff)).as(label).isEqualTo(expected);
        }
        assertThat(call("textEncoding", "largeWindows1252")).isEqualTo(Map.of("length", 20000, "euro", "\u20ac", "last", 0x1f));
    }

    @Test
    void resolvesLabelsAsTheEncodingStandardLists() {
        assertThat(call("textEncoding", "labels", List.of("utf8", " UTF-8\n", "unicode-1-1-utf-8", "utf-16", "UTF-16BE", "ucs-2",
                "latin1", "ansi_x3.4-1968", "\u00a0utf-8", "nope", "iso-2022-kr", "replacement", "gbk")))
                .isEqualTo(List.of("utf-8", "utf-8", "utf-8", "utf-16le", "utf-16be", "utf-16le", "windows-1252", "windows-1252",
                        "RangeError: TextDecoder: the encoding '\u00a0utf-8' is not supported",
                        "RangeError: TextDecoder: the encoding 'nope' is not supported",
                        "RangeError: TextDecoder: the encoding 'iso-2022-kr' is not supported",
                        "RangeError: TextDecoder: the encoding 'replacement' is not supported",
                        "RangeError: TextDecoder: the encoding 'gbk' is not supported"));
    }

    @Test
    void exposesEncodingFatalAndIgnoreBom() {
        assertThat(call("textEncoding", "attributes")).isEqualTo(Map.of(
                "plain", List.of("utf-8", false, false),
                "strict", List.of("utf-8", true, true),
                "latin", List.of("windows-1252", true, false),
                "tag", "[object TextDecoder]",
                "withoutNew", "TypeError",
                "badOptions", "TypeError"));
    }

    @Test
    void decodesBuffersAndViewsWithTheirOffsets() {
        assertThat(call("textEncoding", "inputs")).isEqualTo(Map.ofEntries(
                entry("arrayBuffer", "abcd"), entry("dataView", "bc"), entry("offsetView", "cd"), entry("wideView", "cd"),
                entry("sharedBuffer", "ok"), entry("detached", ""), entry("nothing", ""), entry("latinDataView", "d\u00e9"),
                entry("latinDetached", ""),
                entry("string", "TypeError: TextDecoder.decode: the input must be an ArrayBuffer, a SharedArrayBuffer or a view of one"),
                entry("nullInput", "TypeError")));
    }
}
