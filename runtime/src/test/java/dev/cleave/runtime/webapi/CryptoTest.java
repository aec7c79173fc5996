package dev.cleave.runtime.webapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CryptoTest extends WebApiTestSupport {

    @Test
    void digestsTheKnownVectors() {
        assertThat(call("crypto", "digest", "SHA-256", "")).isEqualTo(Map.of("isArrayBuffer", true,
                "hex", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        assertThat(digest("SHA-1", "")).isEqualTo("da39a3ee5e6b4b0d3255bfef95601890afd80709");
        assertThat(digest("SHA-1", "abc")).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
        assertThat(digest("SHA-256", "abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(digest("SHA-384", "abc")).isEqualTo("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed"
                + "8086072ba1e7cc2358baeca134c825a7");
        assertThat(digest("SHA-512", "abc")).isEqualTo("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    }

    @Test
    void matchesAlgorithmNamesWithoutRegardToCase() {
        assertThat(digest("sha-256", "abc")).isEqualTo(digest("SHA-256", "abc"));
    }

    @Test
    void digestsAMegabyte() throws Exception {
        byte[] data = new byte[1 << 20];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        assertThat(call("crypto", "digestOfMegabyte")).isEqualTo(expected);
    }

    @Test
    void digestsOnlyTheBytesOfAView() {
        String abc = digest("SHA-256", "abc");
        String empty = digest("SHA-256", "");
        assertThat(call("crypto", "digestOfViews")).isEqualTo(List.of(abc, abc, abc, digest("SHA-256", "ab"), empty));
    }

    @Test
    void rejectsUnknownAlgorithmsAndNonBufferData() {
        assertThat(call("crypto", "digestFailures")).isEqualTo(Map.of(
                "unknownIsPromise", true,
                "unknown", "DOMException:NotSupportedError",
                "unknownObject", "DOMException:NotSupportedError",
                "nameless", "TypeError:TypeError",
                "notBytes", "TypeError:TypeError",
                "longS", "DOMException:NotSupportedError"));
    }

    @Test
    void makesDistinctVersion4Uuids() {
        assertThat(call("crypto", "uuids", 10_000)).isEqualTo(Map.of("distinct", 10_000, "malformed", 0));
    }

    @Test
    void fillsIntegerArraysInPlace() {
        assertThat(call("crypto", "randomValues")).isEqualTo(Map.of("same", true, "filled", true, "outsideUntouched", true,
                "insideFilled", true, "bigints", true, "largest", 65536, "types", true));
    }

    @Test
    void refusesOtherArraysAndMoreThan65536Bytes() {
        assertThat(call("crypto", "randomValueFailures")).isEqualTo(Map.of(
                "float", "DOMException:TypeMismatchError",
                "dataView", "DOMException:TypeMismatchError",
                "plainArray", "DOMException:TypeMismatchError",
                "tooLarge", "DOMException:QuotaExceededError",
                "tooLargeWords", "DOMException:QuotaExceededError",
                "unbound", "TypeError:TypeError",
                "construct", "TypeError:TypeError"));
    }

    @Test
    void isANonEnumerableGlobal() {
        assertThat(call("crypto", "globalShape")).isEqualTo(Map.of("enumerable", false, "crypto", "[object Crypto]",
                "subtle", "[object SubtleCrypto]", "sameSubtle", true));
    }

    @Test
    void derivesPbkdf2BitsThatMatchRfc6070AndPython() {
        assertThat(call("crypto", "pbkdf2Vectors")).isEqualTo(List.of(
                "0c60c80f961f0e71f3a9b524af6012062fe037a6",
                "4b007901b765489abead49d926f721d065a429c1",
                "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b",
                "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a",
                "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9",
                "cc5eacbb057f2a5982fce67bf70f79fccf4adf285f5cbae1a5a1c5df012a630a5cd035da88803f2a8b7ad7d3118025e9d848280b733c39c57a76d3fa895f244c"));
    }

    @Test
    void importsAPbkdf2KeyThatCannotBeExtracted() {
        assertThat(call("crypto", "pbkdf2KeyShape")).isEqualTo(Map.of("type", "secret", "extractable", false,
                "algorithm", "PBKDF2", "usages", "deriveBits", "tag", "[object CryptoKey]", "construct", "TypeError:TypeError"));
    }

    @Test
    void refusesWhatItCannotBoundOrDoes() {
        assertThat(call("crypto", "pbkdf2Failures")).isEqualTo(Map.ofEntries(
                Map.entry("format", "DOMException:NotSupportedError"),
                Map.entry("algorithm", "DOMException:NotSupportedError"),
                Map.entry("extractable", "DOMException:SyntaxError"),
                Map.entry("usages", "DOMException:SyntaxError"),
                Map.entry("hugeSecret", "DOMException:QuotaExceededError"),
                Map.entry("tooManyIterations", "DOMException:OperationError"),
                Map.entry("zeroIterations", "DOMException:OperationError"),
                Map.entry("oddLength", "DOMException:OperationError"),
                Map.entry("hugeLength", "DOMException:OperationError"),
                Map.entry("badHash", "DOMException:NotSupportedError"),
                Map.entry("notAKey", "TypeError:TypeError"),
                Map.entry("badSalt", "TypeError:TypeError")));
    }

    @Test
    void derivesOffTheEventLoop() {
        assertThat(call("crypto", "pbkdf2LeavesTheLoopFree")).isEqualTo(List.of("timer", "derived"));
    }

    private static String digest(String algorithm, String text) {
        return (String) ((Map<?, ?>) call("crypto", "digest", algorithm, text)).get("hex");
    }
}
