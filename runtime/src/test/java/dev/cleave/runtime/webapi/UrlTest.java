package dev.cleave.runtime.webapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UrlTest extends WebApiTestSupport {

    static Stream<Arguments> parsingCases() {
        return Stream.of(UrlParsingCases.whitespaceAndCredentials(), UrlParsingCases.portsAndRelativeReferences(),
                UrlParsingCases.nonSpecialAndOpaquePaths(), UrlParsingCases.pathsQueriesAndFragments(),
                UrlParsingCases.hosts(), UrlParsingCases.ipAddresses(), UrlParsingCases.fileUrls()).flatMap(s -> s);
    }

    @ParameterizedTest(name = "[{index}] {0} against {1}")
    @MethodSource("parsingCases")
    void parsesAsTheUrlStandardSays(String input, String base, String expected) {
        assertThat(call("urls", "parse", input, base)).isEqualTo(expected == null ? "failure: TypeError" : expected);
    }

    static Stream<Arguments> setterCases() {
        String allAscii = "\u0000\u0001\t\n\r\u001f !\"#$%&'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~\u007f\u0080\u0081\u00c9\u00e9";
        return Stream.of(
                Arguments.of("a://example.net", "protocol", "b", "b://example.net"),
                Arguments.of("http://example.net:443/", "protocol", "https", "https://example.net/"),
                Arguments.of("http://example.net/", "protocol", "b", "http://example.net/"),
                Arguments.of("mailto:me@example.net", "protocol", "http", "mailto:me@example.net"),
                Arguments.of("http://test@example.net/", "protocol", "file", "http://test@example.net/"),
                Arguments.of("file:///test", "protocol", "https", "file:///test"),
                Arguments.of("http://example.net/", "protocol", "HTTPS:foo : bar", "https://example.net/"),
                Arguments.of("http://example.net/", "username", "me", "http://me@example.net/"),
                Arguments.of("http://:secret@example.net/", "username", "me", "http://me:secret@example.net/"),
                Arguments.of("http://me@example.net/", "username", "", "http://example.net/"),
                Arguments.of("unix:/run/foo.socket", "username", "me", "unix:/run/foo.socket"),
                Arguments.of("file://test/", "username", "me", "file://test/"),
                Arguments.of("http://example.net/", "username", allAscii, "http://%00%01%09%0A%0D%1F%20!%22%23$%&'()*+,-.%2F09%3A%3B"
                        + "%3C%3D%3E%3F%40AZ%5B%5C%5D%5E_%60az%7B%7C%7D~%7F%C2%80%C2%81%C3%89%C3%A9@example.net/"),
                Arguments.of("http://example.net/", "password", "secret", "http://:secret@example.net/"),
                Arguments.of("http://me:secret@example.net/", "password", "", "http://me@example.net/"),
                Arguments.of("http://example.net/", "host", "example.com:8080", "http://example.com:8080/"),
                Arguments.of("http://example.net:8080/path", "host", "example.com:65536", "http://example.com:8080/path"),
                Arguments.of("http://example.net/", "host", "example.com/stuff", "http://example.com/"),
                Arguments.of("http://example.net/", "host", "example.com:8080stuff2", "http://example.com:8080/"),
                Arguments.of("http://example.net/", "host", "", "http://example.net/"),
                Arguments.of("sc://x/", "host", "", "sc:///"),
                Arguments.of("mailto:me@example.net", "host", "example.com", "mailto:me@example.net"),
                Arguments.of("http://example.net/", "host", "[::1]", "http://[::1]/"),
                Arguments.of("https://example.net/", "host", "0x7f.1", "https://127.0.0.1/"),
                Arguments.of("file://y/", "host", "x:123", "file://y/"),
                Arguments.of("file://y/", "host", "loc%41lhost", "file:///"),
                Arguments.of("http://example.net:8080/", "hostname", "example.com:9090", "http://example.net:8080/"),
                Arguments.of("http://example.net:8080/", "hostname", "example.com", "http://example.com:8080/"),
                Arguments.of("http://example.net/", "port", "8080", "http://example.net:8080/"),
                Arguments.of("http://example.net:8080/", "port", "", "http://example.net/"),
                Arguments.of("http://example.net:8080/", "port", "80", "http://example.net/"),
                Arguments.of("http://example.net/", "port", "8080stuff", "http://example.net:8080/"),
                Arguments.of("http://example.net:8080/path", "port", "stuff", "http://example.net:8080/path"),
                Arguments.of("http://example.net:8080/", "port", "65536", "http://example.net:8080/"),
                Arguments.of("non-special://example.net:8080/path", "port", "65535", "non-special://example.net:65535/path"),
                Arguments.of("file://test/", "port", "12", "file://test/"),
                Arguments.of("http://example.net/home?lang=fr#nav", "pathname", "\\a\\%2E\\b\\%2e.\\c", "http://example.net/a/c?lang=fr#nav"),
                Arguments.of("view-source+http://example.net/home?lang=fr#nav", "pathname", "\\a\\%2E\\b\\%2e.\\c",
                        "view-source+http://example.net/\\a\\%2E\\b\\%2e.\\c?lang=fr#nav"),
                Arguments.of("mailto:me@example.net", "pathname", "/foo", "mailto:me@example.net"),
                Arguments.of("http://example.net/", "pathname", "?x#y", "http://example.net/%3Fx%23y"),
                Arguments.of("unix:/run/foo.socket?timeout=10", "pathname", "/var/log/../run/bar.socket", "unix:/var/run/bar.socket?timeout=10"),
                Arguments.of("sc://example.net", "pathname", "", "sc://example.net"),
                Arguments.of("http://example.net/", "pathname", allAscii, "http://example.net/%00%01%1F%20!%22%23$%&'()*+,-./09:;"
                        + "%3C=%3E%3F@AZ[/]%5E_%60az%7B|%7D~%7F%C2%80%C2%81%C3%89%C3%A9"),
                Arguments.of("a:/", "pathname", allAscii, "a:/%00%01%1F%20!%22%23$%&'()*+,-./09:;"
                        + "%3C=%3E%3F@AZ[\\]%5E_%60az%7B|%7D~%7F%C2%80%C2%81%C3%89%C3%A9"),
                Arguments.of("https://example.net#nav", "search", "lang=fr", "https://example.net/?lang=fr#nav"),
                Arguments.of("https://example.net?lang=en-US#nav", "search", "", "https://example.net/#nav"),
                Arguments.of("https://example.net?lang=en-US#nav", "search", "?", "https://example.net/?#nav"),
                Arguments.of("https://example.net/", "search", "a'b#c", "https://example.net/?a%27b%23c"),
                Arguments.of("a:/", "search", allAscii,
                        "a:/?%00%01%1F%20!%22%23$%&'()*+,-./09:;%3C=%3E?@AZ[\\]^_`az{|}~%7F%C2%80%C2%81%C3%89%C3%A9"),
                Arguments.of("https://example.net", "hash", "main", "https://example.net/#main"),
                Arguments.of("https://example.net#nav", "hash", "", "https://example.net/"),
                Arguments.of("https://example.net", "hash", "#", "https://example.net/#"),
                Arguments.of("a:/", "hash", allAscii,
                        "a:/#%00%01%1F%20!%22#$%&'()*+,-./09:;%3C=%3E?@AZ[\\]^_%60az{|}~%7F%C2%80%C2%81%C3%89%C3%A9"),
                Arguments.of("http://example.net/", "href", "https://other.example/x?y", "https://other.example/x?y"));
    }

    @ParameterizedTest(name = "[{index}] {0} with {1} = {2}")
    @MethodSource("setterCases")
    void settersChangeOnlyWhatTheStandardAllows(String href, String attribute, String value, String expected) {
        assertThat(call("urls", "set", href, attribute, value)).isEqualTo(expected);
    }

    @Test
    void exposesEveryComponent() {
        assertThat(call("urls", "describe", "HTTPS://us%20er:p@ss@Example.COM:8080/a/./b/../c?q=1 2#frag ment")).isEqualTo(Map.ofEntries(
                entry("href", "https://us%20er:p%40ss@example.com:8080/a/c?q=1%202#frag%20ment"),
                entry("origin", "https://example.com:8080"), entry("protocol", "https:"), entry("username", "us%20er"),
                entry("password", "p%40ss"), entry("host", "example.com:8080"), entry("hostname", "example.com"),
                entry("port", "8080"), entry("pathname", "/a/c"), entry("search", "?q=1%202"), entry("hash", "#frag%20ment")));
        assertThat(call("urls", "describe", "mailto:someone@example.com?subject=hi")).isEqualTo(Map.ofEntries(
                entry("href", "mailto:someone@example.com?subject=hi"), entry("origin", "null"), entry("protocol", "mailto:"),
                entry("username", ""), entry("password", ""), entry("host", ""), entry("hostname", ""), entry("port", ""),
                entry("pathname", "someone@example.com"), entry("search", "?subject=hi"), entry("hash", "")));
    }

    @Test
    void reportsOriginsOfSpecialNonSpecialAndBlobUrls() {
        Map<String, String> origins = Map.ofEntries(
                entry("https://example.com:443/x", "https://example.com"),
                entry("http://example.com:8080", "http://example.com:8080"),
                entry("ws://h:81/", "ws://h:81"),
                entry("ftp://h/", "ftp://h"),
                entry("http://[::1]:80/", "http://[::1]"),
                entry("http://\u4f60\u597d\u4f60\u597d/", "http://xn--6qqa088eba"),
                entry("file:///tmp/x", "null"),
                entry("sc://host/", "null"),
                entry("data:text/plain,x", "null"),
                entry("blob:https://example.com:443/uuid", "https://example.com"),
                entry("blob:d3958f5c-0777-0845-9dcf-2cb28783acaf", "null"),
                entry("blob:ftp://host/path", "null"),
                entry("blob:", "null"));
        origins.forEach((input, origin) -> assertThat(call("urls", "describe", input))
                .as(input).extracting(m -> ((Map<?, ?>) m).get("origin")).isEqualTo(origin));
    }

    @Test
    void throwsTypeErrorNamingTheInput() {
        assertThat(call("urls", "errors")).isEqualTo(Map.of(
                "unclosed", "TypeError: Invalid URL: 'http://[::1'",
                "relative", "TypeError: Invalid URL: '/path'",
                "badBase", "TypeError: Invalid URL: 'a' against base 'not a url'",
                "href", "TypeError: Invalid URL: 'http://a b/'",
                "noArgument", "TypeError: URL: 1 argument required, but only 0 present",
                "withoutNew", "TypeError: Class constructor URL cannot be invoked without 'new'",
                "symbol", "TypeError: Cannot convert a Symbol value to a string"));
    }

    @Test
    void canParseAndParseAnswerWithoutThrowing() {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) call("urls", "statics");
        assertThat(result).containsEntry("canParse", true).containsEntry("canParseRelative", false)
                .containsEntry("canParseWithBase", true).containsEntry("parsed", "https://example.com/p?q")
                .containsEntry("parsedIsUrl", true).containsEntry("parseFailure", null).containsEntry("badBase", null)
                .containsEntry("undefinedBase", true);
    }

    @Test
    void looksLikeAWebIdlInterface() {
        assertThat(call("urls", "shape")).isEqualTo(Map.ofEntries(
                entry("toStringTag", "[object URL]"), entry("string", "https://example.com/p?q=1#h"),
                entry("json", "{\"url\":\"https://example.com/p?q=1#h\"}"), entry("toJSON", "https://example.com/p?q=1#h"),
                entry("hrefEnumerable", true), entry("hrefHasSetter", true), entry("originHasSetter", true),
                entry("ownKeys", 0), entry("globalEnumerable", false), entry("sameSearchParams", true),
                entry("brandCheck", "TypeError")));
    }

    @Test
    void keepsSearchParamsInSyncWithTheUrlBothWays() {
        assertThat(call("urls", "searchParamsSync")).isEqualTo(Map.ofEntries(
                entry("initial", List.of("1", "3")),
                entry("afterAppend", "https://example.com/?a=1&b=2&a=3&c=x+y"),
                entry("afterSearch", Arrays.asList("d=4", null, "4", true)),
                entry("afterHref", List.of("\u00e9", 1)),
                entry("emptied", List.of("https://example.com/other", "")),
                entry("spaces", List.of("https://example.com/other?f=a%20b", "f=a+b")),
                entry("reserialized", "https://example.com/other?f=a+b&g=1"),
                entry("cleared", List.of("https://example.com/other", 0)),
                entry("keepsFragment", "https://example.com/#frag"),
                entry("questionMarkName", List.of("?a"))));
    }

    @Test
    void keepsTheSpaceBeforeQueryOrFragmentOfAnOpaquePathEncoded() {
        assertThat(call("urls", "opaquePaths")).isEqualTo(Map.of(
                "parsed", "data:space%20?query#fragment", "pathname", "space%20", "stripped", "data:space%20",
                "viaParams", "sc:a b%20", "noTrailingQuery", "data:a b"));
    }

    @Test
    void mapsSharpSToSsBecauseJavaNetIdnImplementsIdna2003() {
        // Browsers (UTS #46, non-transitional) give https://xn--fa-hia.example/; java.net.IDN cannot.
        assertThat(call("urls", "parse", "https://fa\u00df.ExAmPlE/", null)).isEqualTo("https://fass.example/");
    }

    @Test
    void parsesSearchParamsFromFormEncodedStrings() {
        Map<String, List<List<String>>> cases = Map.of(
                "?a=1&b=2&a=3", List.of(List.of("a", "1"), List.of("b", "2"), List.of("a", "3")),
                "a&=x&&b=c=d", List.of(List.of("a", ""), List.of("", "x"), List.of("b", "c=d")),
                "x=%zz%4&y=+%20%2B", List.of(List.of("x", "%zz%4"), List.of("y", "  +")),
                "%C3%A9=%FF", List.of(List.of("\u00e9", "\ufffd")),
                "??a=b", List.of(List.of("?a", "b")));
        cases.forEach((input, pairs) -> assertThat(call("urlSearchParams", "parsing", input)).as(input).isEqualTo(pairs));
    }

    @Test
    void constructsSearchParamsFromRecordsSequencesAndOtherParams() {
        assertThat(call("urlSearchParams", "constructors")).isEqualTo(Map.ofEntries(
                entry("record", List.of(List.of("x", "1"), List.of("y", "2"))),
                entry("sequence", List.of(List.of("a", "b"), List.of("a", "c"), List.of("s", "t"))),
                entry("copy", List.of(List.of("a", "1"), List.of("b", "2"), List.of("c", "3"))),
                entry("sourceUnchanged", "a=1&b=2"),
                entry("number", List.of(List.of("123", ""))),
                entry("empty", List.of()),
                entry("nullInit", List.of(List.of("null", ""))),
                entry("shortPair", "TypeError"), entry("longPair", "TypeError"), entry("notAPair", "TypeError"),
                entry("symbolKey", "TypeError"), entry("withoutNew", "TypeError")));
    }

    @Test
    void getsHasDeletesAndSetsByNameAndValue() {
        assertThat(call("urlSearchParams", "methods")).isEqualTo(Map.of(
                "get", Arrays.asList("1", null, List.of("1", "3", "1"), List.of()),
                "has", List.of(true, true, false, false),
                "deleteValue", "b=2&a=3&c=4",
                "set", "b=x&a=3&c=4&new=y",
                "setRemovesRest", "b=only&a=3&c=4&new=y",
                "deleteName", List.of("b=only&c=4&new=y", 3),
                "tooFewArguments", List.of("TypeError", "TypeError")));
    }

    @Test
    void serializesAsFormUrlEncodedWithPlusForSpace() {
        assertThat(call("urlSearchParams", "serializing")).isEqualTo(Map.of(
                "text", "a+b=c%2Bd&%C3%A9=%26%3D%3F%23%2F&*-._%21%27%28%29%7E=%C2%A0%F0%9F%98%80&%EF%BF%BD=lone",
                "lone", "lone"));
    }

    @Test
    void sortsStablyByUtf16CodeUnits() {
        assertThat(call("urlSearchParams", "sorting")).isEqualTo(List.of(List.of("a", "1"), List.of("a", "2"),
                List.of("b", "3"), List.of("z", "5"), List.of("\ud83d\ude00", "y"), List.of("\ufffd", "x")));
    }

    @Test
    void iteratesLiveLikeAWebIdlPairIterable() {
        assertThat(call("urlSearchParams", "iteration")).isEqualTo(Map.ofEntries(
                entry("keys", List.of("a", "b")), entry("values", List.of("1", "2")),
                entry("entries", List.of(List.of("a", "1"), List.of("b", "2"))),
                entry("defaultIsEntries", true), entry("iteratorTag", "[object URLSearchParams Iterator]"),
                entry("iteratorIsIterable", true), entry("live", List.of("a", "b", "c")),
                entry("forEach", List.of(List.of("1", "a", true, true), List.of("2", "b", true, true), List.of("3", "c", true, true))),
                entry("forEachNeedsFunction", "TypeError"),
                entry("done", List.of(true, true))));
    }
}
