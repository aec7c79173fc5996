package dev.cleave.runtime.webapi;

/** Punycode decoding (RFC 3492), which {@code java.net.IDN} keeps to itself; used to validate {@code xn--} labels. */
final class Punycode {
    private static final int BASE = 36;
    private static final int T_MIN = 1;
    private static final int T_MAX = 26;
    private static final int SKEW = 38;
    private static final int DAMP = 700;
    private static final int INITIAL_BIAS = 72;
    private static final int INITIAL_N = 128;

    private Punycode() {}

    /** The Unicode label that {@code input} (without its {@code xn--}) encodes, or {@code null} if it is malformed. */
    static String decode(String input) {
        int delimiter = input.lastIndexOf('-');
        StringBuilder output = new StringBuilder();
        for (int j = 0; j < Math.max(delimiter, 0); j++) {
            if (input.charAt(j) >= 0x80) {
                return null;
            }
            output.appendCodePoint(input.charAt(j));
        }
        int[] codePoints = output.codePoints().toArray();
        int length = codePoints.length;
        codePoints = java.util.Arrays.copyOf(codePoints, input.length());
        long n = INITIAL_N;
        long i = 0;
        int bias = INITIAL_BIAS;
        for (int in = delimiter + 1; in < input.length(); ) {
            long oldI = i;
            long w = 1;
            for (int k = BASE; ; k += BASE) {
                if (in >= input.length()) {
                    return null;
                }
                int digit = digit(input.charAt(in++));
                i += digit * w;
                if (digit >= BASE || i > Integer.MAX_VALUE) {
                    return null;
                }
                int t = k <= bias ? T_MIN : Math.min(k - bias, T_MAX);
                if (digit < t) {
                    break;
                }
                w *= BASE - t;
                if (w > Integer.MAX_VALUE) {
                    return null;
                }
            }
            bias = adapt(i - oldI, length + 1, oldI == 0);
            n += i / (length + 1);
            i %= length + 1;
            if (n > Character.MAX_CODE_POINT || (n >= 0xD800 && n <= 0xDFFF)) {
                return null;
            }
            System.arraycopy(codePoints, (int) i, codePoints, (int) i + 1, length - (int) i);
            codePoints[(int) i++] = (int) n;
            length++;
        }
        return new String(codePoints, 0, length);
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0' + 26;
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        return c >= 'A' && c <= 'Z' ? c - 'A' : BASE;
    }

    private static int adapt(long delta, int points, boolean first) {
        delta = first ? delta / DAMP : delta / 2;
        delta += delta / points;
        int k = 0;
        while (delta > ((BASE - T_MIN) * T_MAX) / 2) {
            delta /= BASE - T_MIN;
            k += BASE;
        }
        return (int) (k + (BASE - T_MIN + 1) * delta / (delta + SKEW));
    }
}
