package dev.cleave.runtime.webapi;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Parsing cases for {@link UrlTest}, drawn from the web-platform-tests URL data set
 * (urltestdata.json): input, base ({@code null}: none) and the expected href ({@code null}: the
 * parser fails). Grouped as the standard's sections; unicode escapes stand for characters that
 * would not survive an editor.
 */
final class UrlParsingCases {
    private static final String B = "http://example.org/foo/bar";
    private static final String F = "file:///tmp/mock/path";
    private static final String FAIL = null;

    private UrlParsingCases() {}

    private static Arguments c(String input, String base, String expected) {
        return Arguments.of(input, base, expected);
    }

    static Stream<Arguments> whitespaceAndCredentials() {
        return Stream.of(
                c("http://example\t.\norg", B, "http://example.org/"),
                c("\u0000\u001b\u0004\u0012 http://example.com/\u001f \r ", null, "http://example.com/"),
                c("h\tt\nt\rp://h\to\ns\rt:9\t0\n0\r0/p\ta\nt\rh?q\tu\ne\rry#f\tr\na\rg", null, "http://host:9000/path?query#frag"),
                c("  \t", B, B),
                c("", B, B),
                c(" foo.com  ", B, "http://example.org/foo/foo.com"),
                c("\t   :foo.com   \n", B, "http://example.org/foo/:foo.com"),
                c("a:\t foo.com", B, "a: foo.com"),
                c("http://user:pass@foo:21/bar;par?b#c", B, "http://user:pass@foo:21/bar;par?b#c"),
                c("https://test:@test", null, "https://test@test/"),
                c("https://:@test", null, "https://test/"),
                c("non-special://test:@test/x", null, "non-special://test@test/x"),
                c("http://&a:foo(b]c@d:2/", B, "http://&a:foo(b%5Dc@d:2/"),
                c("http://::@c@d:2", B, "http://:%3A%40c@d:2/"),
                c("https://@test@test@example:800/", "http://doesnotmatter/", "https://%40test%40test@example:800/"),
                c("http://`{}:`{}@h/`{}?`{}", "http://doesnotmatter/", "http://%60%7B%7D:%60%7B%7D@h/%60%7B%7D?`{}"),
                c("http::b@www.example.com", null, "http://:b@www.example.com/"),
                c("http:a:@www.example.com", null, "http://a@www.example.com/"),
                c("http://www.@pple.com", null, "http://www.@pple.com/"),
                c("http://user@/www.example.com", null, FAIL),
                c("http:@:www.example.com", null, FAIL),
                c("http://@/www.example.com", null, FAIL),
                c("http://%25DOMAIN:foobar@foodomain.com/", null, "http://%25DOMAIN:foobar@foodomain.com/"),
                c("https://user:pass[\u007f@foo/bar", "http://example.org", "https://user:pass%5B%7F@foo/bar"));
    }

    static Stream<Arguments> portsAndRelativeReferences() {
        return Stream.of(
                c("http://f:/c", B, "http://f/c"),
                c("http://f:00000000000000/c", B, "http://f:0/c"),
                c("http://f:00000000000000000000080/c", B, "http://f/c"),
                c("http://f:b/c", B, FAIL),
                c("http://f: /c", B, FAIL),
                c("http://f:\n/c", B, "http://f/c"),
                c("http://f:999999/c", B, FAIL),
                c("non-special://f:999999/c", B, FAIL),
                c("http://f:65535/c", null, "http://f:65535/c"),
                c("http://foo:-80/", null, FAIL),
                c("https://foo:443/", null, "https://foo/"),
                c("https://foo:80/", null, "https://foo:80/"),
                c("ftp://foo:21/", null, "ftp://foo/"),
                c("ws://foo:80/", null, "ws://foo/"),
                c("wss://foo:443/", null, "wss://foo/"),
                c("gopher://foo:70/", null, "gopher://foo:70/"),
                c("httpa://foo:80/", null, "httpa://foo:80/"),
                c("http://f:21/ b ? d # e ", B, "http://f:21/%20b%20?%20d%20#%20e"),
                c(":foo.com/", B, "http://example.org/foo/:foo.com/"),
                c(":", B, "http://example.org/foo/:"),
                c("#", B, "http://example.org/foo/bar#"),
                c("#/", B, "http://example.org/foo/bar#/"),
                c("#\\", B, "http://example.org/foo/bar#\\"),
                c("?", B, "http://example.org/foo/bar?"),
                c("/", B, "http://example.org/"),
                c("\\x", B, "http://example.org/x"),
                c("\\\\x\\hello", B, "http://x/hello"),
                c("::", B, "http://example.org/foo/::"),
                c("//foo/bar", B, "http://foo/bar"),
                c("http:foo.com", B, "http://example.org/foo/foo.com"),
                c("http::@c:29", B, "http://example.org/foo/:@c:29"),
                c("http:/example.com/", B, "http://example.org/example.com/"),
                c("ftp:/example.com/", B, "ftp://example.com/"),
                c("madeupscheme:/example.com/", B, "madeupscheme:/example.com/"),
                c("file:/example.com/", B, "file:///example.com/"),
                c("ftp:example.com/", B, "ftp://example.com/"),
                c("http:example.com/", B, "http://example.org/foo/example.com/"),
                c("?a=b&c=d", B, "http://example.org/foo/bar?a=b&c=d"),
                c("??a=b&c=d", B, "http://example.org/foo/bar??a=b&c=d"),
                c("http:", B, B),
                c("http:", null, FAIL),
                c("sc:", "https://example.org/foo/bar", "sc:"),
                c("/some/path", "http://user:pass@example.org:21/smth", "http://user:pass@example.org:21/some/path"),
                c("", "http://user:pass@example.org:21/smth", "http://user:pass@example.org:21/smth"),
                c("..", "http://www.example.com/test", "http://www.example.com/"),
                c("a", null, FAIL),
                c("a/", null, FAIL));
    }

    static Stream<Arguments> nonSpecialAndOpaquePaths() {
        return Stream.of(
                c("lolscheme:x x#x x", null, "lolscheme:x x#x%20x"),
                c("data:text/html,test#test", null, "data:text/html,test#test"),
                c("data:space ?query", null, "data:space%20?query"),
                c("sc:space #fragment", null, "sc:space%20#fragment"),
                c("mailto:/example.com/", B, "mailto:/example.com/"),
                c("javascript:/../", null, "javascript:/"),
                c("i", "sc:sd", FAIL),
                c("?i", "sc:sd", FAIL),
                c("#i", "sc:sd", "sc:sd#i"),
                c("#x", "data:,", "data:,#x"),
                c("i", "sc:/pa/pa", "sc:/pa/i"),
                c("i", "sc://ho/pa", "sc://ho/i"),
                c("i", "sc:///pa/pa", "sc:///pa/i"),
                c("../i", "sc:/pa/pa", "sc:/i"),
                c("sc://\u00f1.test/", null, "sc://%C3%B1.test/"),
                c("sc://%/", null, "sc://%/"),
                c("sc://@/", null, FAIL),
                c("sc://:/", null, FAIL),
                c("sc://a b/", null, FAIL),
                c("sc://a<b", null, FAIL),
                c("sc:\\../", null, "sc:\\../"),
                c("sc::a@example.net", null, "sc::a@example.net"),
                c("sc://\u001f!\"$&'()*+,-.;=_`{}~/", null, "sc://%1F!\"$&'()*+,-.;=_`{}~/"),
                c("sc://1.2.3.4.5/", null, "sc://1.2.3.4.5/"),
                c("non-spec:/.//", null, "non-spec:/.//"),
                c("non-spec:/..//", null, "non-spec:/.//"),
                c("/..//path", "non-spec:/p", "non-spec:/.//path"),
                c("non-special:cannot-be-a-base-url-\u0000\u0001\u001f\u001e\u007e\u007f\u0080", null,
                        "non-special:cannot-be-a-base-url-%00%01%1F%1E~%7F%C2%80"),
                c("foo://///////bar.com/", null, "foo://///////bar.com/"),
                c("foo:////://///", null, "foo:////://///"),
                c("non-special://[1:2:0:0:5:0:0:0]/", null, "non-special://[1:2:0:0:5::]/"),
                c("non-special://[1:2::3]:80/", null, "non-special://[1:2::3]:80/"),
                c("non-special://[:80/", null, FAIL),
                c("test-a-colon-slash-slash.html", "a://", "a:///test-a-colon-slash-slash.html"),
                c("test-a-colon-slash-slash-b.html", "a://b", "a://b/test-a-colon-slash-slash-b.html"),
                c("a1234567890-+.:foo/bar", "http://example.com/dir/file", "a1234567890-+.:foo/bar"),
                c("notspecial://host/?'", null, "notspecial://host/?'"),
                c("blob:https://example.com:443/", null, "blob:https://example.com:443/"));
    }

    static Stream<Arguments> pathsQueriesAndFragments() {
        return Stream.of(
                c("http://example.com/foo/bar/../ton/../../a", null, "http://example.com/a"),
                c("http://example.com/foo/../../../ton", null, "http://example.com/ton"),
                c("http://example.com/foo/%2e", null, "http://example.com/foo/"),
                c("http://example.com/foo/%2e%2", null, "http://example.com/foo/%2e%2"),
                c("http://example.com/foo/%2e./%2e%2e/.%2e/%2e.bar", null, "http://example.com/%2e.bar"),
                c("http://example.com////../..", null, "http://example.com//"),
                c("http://example.com/foo/bar//..", null, "http://example.com/foo/bar/"),
                c("http://example.com/foo/.", null, "http://example.com/foo/"),
                c("http://example.com/./.foo", null, "http://example.com/.foo"),
                c("http://example.com/foo/..bar", null, "http://example.com/foo/..bar"),
                c("http://example.com/foo%2\u00c2\u00a9zbar", null, "http://example.com/foo%2%C3%82%C2%A9zbar"),
                c("http://example.com/foo\t\u0091%91", null, "http://example.com/foo%C2%91%91"),
                c("http://example.com\\\\foo\\\\bar", null, "http://example.com//foo//bar"),
                c("http://example.com/\u4f60\u597d\u4f60\u597d", null, "http://example.com/%E4%BD%A0%E5%A5%BD%E4%BD%A0%E5%A5%BD"),
                c("http://example.com/\ufeff/foo", null, "http://example.com/%EF%BB%BF/foo"),
                c("/a%2fc", B, "http://example.org/a%2fc"),
                c("http://www/foo%2Ehtml", null, "http://www/foo%2Ehtml"),
                c("http://example.com/a^b", null, "http://example.com/a%5Eb"),
                c("\u4e2d/test.txt", "http://www.example.com/test", "http://www.example.com/%E4%B8%AD/test.txt"),
                c("http://example.com/\ud800\ud801\udffe\udfff\ufdd0?\ud800\ud801\udffe\udfff\ufdd0", null,
                        "http://example.com/%EF%BF%BD%F0%90%9F%BE%EF%BF%BD%EF%B7%90?%EF%BF%BD%F0%90%9F%BE%EF%BF%BD%EF%B7%90"),
                c("http://host/?'", null, "http://host/?%27"),
                c("http://foo.bar/baz?qux#foo\bbar", null, "http://foo.bar/baz?qux#foo%08bar"),
                c("http://foo.bar/baz?qux#foo\"bar", null, "http://foo.bar/baz?qux#foo%22bar"),
                c("http://foo.bar/baz?qux#foo<bar", null, "http://foo.bar/baz?qux#foo%3Cbar"),
                c("http://foo.bar/baz?qux#foo`bar", null, "http://foo.bar/baz?qux#foo%60bar"),
                c("http://www.google.com/foo?bar=baz# \u00bb", null, "http://www.google.com/foo?bar=baz#%20%C2%BB"),
                c("https://x/\ufffd?\ufffd#\ufffd", null, "https://x/%EF%BF%BD?%EF%BF%BD#%EF%BF%BD"),
                c("http://example.org/test?a#b\u0000c", null, "http://example.org/test?a#b%00c"),
                c("http://foo/path;a??e#f#g", null, "http://foo/path;a??e#f#g"),
                c("https://www.example.com/path{\u007fpath.html?query'\u007f=query#fragment<\u007ffragment", null,
                        "https://www.example.com/path%7B%7Fpath.html?query%27%7F=query#fragment%3C%7Ffragment"));
    }

    static Stream<Arguments> hosts() {
        return Stream.of(
                c("http://ExAmPlE.CoM", null, "http://example.com/"),
                c("http://example example.com", null, FAIL),
                c("http://Goo%20 goo%7C|.com", null, FAIL),
                c("http://GOO\u00a0\u3000goo.com", null, FAIL),
                c("http://GOO\u200b\u2060\ufeffgoo.com", null, "http://googoo.com/"),
                c("http://www.foo\u3002bar.com", null, "http://www.foo.bar.com/"),
                c("http://\ufdd0zyx.com", null, FAIL),
                c("http://%ef%b7%90zyx.com", null, FAIL),
                c("https://\ufffd", null, FAIL),
                c("http://\uff27\uff4f.com", null, "http://go.com/"),
                c("http://\uff05\uff14\uff11.com", null, FAIL),
                c("http://\u4f60\u597d\u4f60\u597d", null, "http://xn--6qqa088eba/"),
                c("sc://fa\u00df.ExAmPlE/", null, "sc://fa%C3%9F.ExAmPlE/"),
                c("http://%zz%66%a.com", null, FAIL),
                c("http://%25", null, FAIL),
                c("http://hello%00", null, FAIL),
                c("http://[www.google.com]/", null, FAIL),
                c("http://./", null, "http://./"),
                c("http://../", null, "http://../"),
                c("ftp://%e2%98%83", null, "ftp://xn--n3h/"),
                c("https://example.com%80/", null, FAIL),
                c("http://xn--ls8h/", null, "http://xn--ls8h/"),
                c("https://xn--/", null, FAIL),
                c("http://a<b", null, FAIL),
                c("file://a\u00adb/p", null, "file://ab/p"),
                c("file://\u00ad/p", null, FAIL),
                c("file://%C2%AD/p", null, FAIL));
    }

    static Stream<Arguments> ipAddresses() {
        return Stream.of(
                c("http://192.0x00A80001", null, "http://192.168.0.1/"),
                c("http://%30%78%63%30%2e%30%32%35%30.01", null, "http://192.168.0.1/"),
                c("http://%30%78%63%30%2e%30%32%35%30.01%2e", null, "http://192.168.0.1/"),
                c("http://192.168.0.257", null, FAIL),
                c("http://\uff10\uff38\uff43\uff10\uff0e\uff10\uff12\uff15\uff10\uff0e\uff10\uff11", null, "http://192.168.0.1/"),
                c("http://4294967295", null, "http://255.255.255.255/"),
                c("http://4294967296", null, FAIL),
                c("http://0xffffffff", null, "http://255.255.255.255/"),
                c("http://0xffffffff1", null, FAIL),
                c("https://0x.0x.0", null, "https://0.0.0.0/"),
                c("http://1.2.3.4.5", null, FAIL),
                c("http://0..0x300/", null, FAIL),
                c("http://0x7f.0.0.0x7g", null, "http://0x7f.0.0.0x7g/"),
                c("http://1.2.3.08", null, FAIL),
                c("http://01.2.3.4", null, "http://1.2.3.4/"),
                c("http://foo.09", null, FAIL),
                c("http://foo.0x4", null, FAIL),
                c("http://127.1", null, "http://127.0.0.1/"),
                c("http://0x7F.1", null, "http://127.0.0.1/"),
                c("http://1.2.3.4.", null, "http://1.2.3.4/"),
                c("http://[1::2]:3:4", null, FAIL),
                c("http://2001::1", null, FAIL),
                c("http://[2001::1]:80", null, "http://[2001::1]/"),
                c("http://[::127.0.0.1]", null, "http://[::7f00:1]/"),
                c("http://[0:0:0:0:0:0:13.1.68.3]", null, "http://[::d01:4403]/"),
                c("http://[1:0::]", null, "http://[1::]/"),
                c("http://[0:1:0:1:0:1:0:1]", null, "http://[0:1:0:1:0:1:0:1]/"),
                c("http://[0:0:1:0:0:1:0:0]", null, "http://[::1:0:0:1:0:0]/"),
                c("http://[1:0:0:2:0:0:0:3]", null, "http://[1:0:0:2::3]/"),
                c("http://[1:2:3:4:5:6:7::]", null, "http://[1:2:3:4:5:6:7:0]/"),
                c("http://[::FFFF:1.2.3.4]", null, "http://[::ffff:102:304]/"),
                c("http://[::1.2.3.]", null, FAIL),
                c("http://[::1.2.3.4x]", null, FAIL),
                c("http://[::.1.2]", null, FAIL),
                c("http://[::1.2.3.04]", null, FAIL),
                c("http://[]", null, FAIL),
                c("http://[:]", null, FAIL),
                c("http://[1:2:3:4:5:6:7:8:9]", null, FAIL));
    }

    static Stream<Arguments> fileUrls() {
        return Stream.of(
                c("file:c:\\foo\\bar.html", F, "file:///c:/foo/bar.html"),
                c("  File:c|////foo\\bar.html", F, "file:///c:////foo/bar.html"),
                c("C|/foo/bar", F, "file:///C:/foo/bar"),
                c("/C|\\foo\\bar", F, "file:///C:/foo/bar"),
                c("//C|/foo/bar", F, "file:///C:/foo/bar"),
                c("//server/file", F, "file://server/file"),
                c("\\\\server\\file", F, "file://server/file"),
                c("test", F, "file:///tmp/mock/test"),
                c("file://localhost/test", null, "file:///test"),
                c("file://test", null, "file://test/"),
                c("file:..", "http://www.example.com/test", "file:///"),
                c("file:?q=v", null, "file:///?q=v"),
                c("file:///C%3A/", null, "file:///C%3A/"),
                c("file://localhost//a//../..//", null, "file://///"),
                c("file://example.net/C:/", null, "file://example.net/C:/"),
                c("file://1.2.3.4/C:/", null, "file://1.2.3.4/C:/"),
                c("file://[1::8]/C:/", null, "file://[1::8]/C:/"),
                c("C|", "file://host/dir/file", "file://host/C:"),
                c("C|#", "file://host/dir/file", "file://host/C:#"),
                c("C|a", "file://host/dir/file", "file://host/dir/C|a"),
                c("file:/C|/", null, "file:///C:/"),
                c("file://C|/", null, "file:///C:/"),
                c("file:", "file:///test?test#test", "file:///test?test"),
                c("#x", "file:///test?test#test", "file:///test?test#x"),
                c("/..//localhost//pig", "file://lion/", "file://lion//localhost//pig"),
                c("file:///C:/../..", null, "file:///C:/"),
                c("/", "file:///C:/a/b", "file:///C:/"),
                c("10.0.0.7:8080/foo.html", "file:///some/dir/bar.html", "file:///some/dir/10.0.0.7:8080/foo.html"));
    }
}
