package dev.cleave.runtime.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Base64Test extends WebApiTestSupport {
    private static final String INVALID = "InvalidCharacterError (5)";

    @ParameterizedTest(name = "atob(\"{0}\") is {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            ''            | ''
            YWJjZA==      | abcd
            YWJjZA        | abcd
            YQ            | a
            YQ==          | a
            YWI=          | ab
            YR            | a
            YWJjZA=       | InvalidCharacterError (5)
            YQ=           | InvalidCharacterError (5)
            YQ===         | InvalidCharacterError (5)
            Y             | InvalidCharacterError (5)
            YWJjZ         | InvalidCharacterError (5)
            ====          | InvalidCharacterError (5)
            YQ==YQ==      | InvalidCharacterError (5)
            -_-_          | InvalidCharacterError (5)
            YW*j          | InvalidCharacterError (5)
            """)
    void decodesForgivingBase64(String input, String expected) {
        assertThat(call("base64", "decode", input)).isEqualTo(expected);
    }

    @Test
    void ignoresAsciiWhitespaceOnlyAnywhereInTheInput() {
        assertThat(call("base64", "decode", " YW\tJj\nZA\f==\r ")).isEqualTo("abcd");
        assertThat(call("base64", "decode", "YW\u00a0Jj")).isEqualTo(INVALID);
        assertThat(call("base64", "decode", "YWJj\u3000")).isEqualTo(INVALID);
    }

    @Test
    void decodesEveryByteValueToOneCharacter() {
        assertThat(call("base64", "decode", "/+/+")).isEqualTo("\u00ff\u00ef\u00fe");
        assertThat(call("base64", "decode", "AAE=")).isEqualTo("\u0000\u0001");
    }

    @Test
    void encodesLatin1StringsWithPadding() {
        assertThat(call("base64", "encode", "")).isEqualTo("");
        assertThat(call("base64", "encode", "a")).isEqualTo("YQ==");
        assertThat(call("base64", "encode", "ab")).isEqualTo("YWI=");
        assertThat(call("base64", "encode", "abc")).isEqualTo("YWJj");
        assertThat(call("base64", "encode", "\u00ff\u00fe")).isEqualTo("//4=");
        assertThat(call("base64", "encode", "\u0000")).isEqualTo("AA==");
    }

    @Test
    void refusesToEncodeCharactersAboveU00FF() {
        assertThat(call("base64", "encode", "a\u0100")).isEqualTo(INVALID);
        assertThat(call("base64", "encode", "\ud83d\ude00")).isEqualTo(INVALID);
        assertThat(call("base64", "encode", "\u20ac")).isEqualTo(INVALID);
    }

    @Test
    void convertsArgumentsToStringsAndRequiresOne() {
        assertThat(call("base64", "specialArguments")).isEqualTo(Map.of(
                "atobNull", "\u009e\u00e9e", "atobUndefined", INVALID, "atobNumber", "\u00d7m\u00f8",
                "atobNone", "TypeError", "btoaNull", "bnVsbA==", "btoaUndefined", "dW5kZWZpbmVk", "btoaNone", "TypeError",
                "globalsEnumerable", List.of()));
    }

    @Test
    void roundTripsLargeBinaryStrings() {
        assertThat(call("base64", "roundTrip", 20_001)).isEqualTo(Map.of("same", true, "encodedLength", 26_668, "spaced", true));
    }

    @Test
    void throwsDomExceptionWithNameCodeAndReason() {
        assertThat(call("base64", "errorDetails")).isEqualTo(Map.of("isDomException", true, "name", "InvalidCharacterError",
                "code", 5, "message", "atob: the string to be decoded is not correctly encoded base64"));
    }
}
