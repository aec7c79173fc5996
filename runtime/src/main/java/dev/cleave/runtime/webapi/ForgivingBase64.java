package dev.cleave.runtime.webapi;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The HTML Standard's forgiving-base64 over "binary strings" (one char per byte), for atob and
 * btoa. Java rather than JavaScript because it runs compiled from the first call, while a loop
 * over every character in JavaScript stays slow until GraalJS has warmed up.
 */
final class ForgivingBase64 {
    private static final byte[] VALUES = new byte[128];

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = (byte) i;
        }
    }

    private ForgivingBase64() {}

    /** The decoded bytes as a binary string, or {@code null} when {@code data} is not forgiving-base64. */
    static String decode(String data) {
        char[] input = new char[data.length()];
        int length = 0;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != ' ') {
                input[length++] = c;
            }
        }
        if (length % 4 == 0 && length > 0 && input[length - 1] == '=') {
            length -= length > 1 && input[length - 2] == '=' ? 2 : 1;
        }
        if (length % 4 == 1) {
            return null;
        }
        char[] out = new char[length * 3 / 4];
        int bits = 0;
        int bitCount = 0;
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = input[i];
            int value = c < 128 ? VALUES[c] : -1;
            if (value < 0) {
                return null;
            }
            bits = (bits << 6) | value;
            bitCount += 6;
            if (bitCount >= 8) {
                bitCount -= 8;
                out[n++] = (char) ((bits >> bitCount) & 0xFF);
            }
        }
        // Leftover bits of a last group of 2 or 3 characters are dropped, as the standard says.
        return new String(out, 0, n);
    }

    /** The base64 of a binary string, or {@code null} when a char is above U+00FF. */
    static String encode(String data) {
        for (int i = 0; i < data.length(); i++) {
            if (data.charAt(i) > 0xFF) {
                return null;
            }
        }
        return Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.ISO_8859_1));
    }
}
