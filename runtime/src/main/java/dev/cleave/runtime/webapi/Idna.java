package dev.cleave.runtime.webapi;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The URL Standard's "domain to ASCII" for domains that are not plain ASCII, backed by
 * {@link IDN#toASCII}. Labels are converted one by one, because {@code java.net.IDN} refuses empty
 * labels ({@code a..b}) that URLs allow. {@code java.net.IDN} implements IDNA2003, not UTS #46, so a
 * few mappings differ from browsers (it maps {@code ß} to {@code ss}); {@code xn--} labels are
 * checked here by decoding their Punycode, which {@code java.net.IDN} does not do.
 */
final class Idna {
    private static final Pattern DOTS = Pattern.compile("[.\u3002\uFF0E\uFF61]");

    private Idna() {}

    /** The lower-case ASCII form of {@code domain}, or {@code null} when it is not a valid domain. */
    static String toAscii(String domain) {
        String[] labels = DOTS.split(domain, -1);
        StringBuilder out = new StringBuilder(domain.length() + 8);
        for (int i = 0; i < labels.length; i++) {
            String label = asciiLabel(labels[i]);
            if (label == null) {
                return null;
            }
            out.append(i == 0 ? "" : ".").append(label);
        }
        return out.toString();
    }

    private static String asciiLabel(String label) {
        String ascii = label;
        if (!isAscii(label)) {
            try {
                ascii = IDN.toASCII(label, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        ascii = ascii.toLowerCase(Locale.ROOT);
        return ascii.startsWith("xn--") && !isValidPunycodeLabel(ascii.substring(4)) ? null : ascii;
    }

    /** UTS #46 rejects an {@code xn--} label whose Punycode does not decode to a valid non-ASCII label. */
    private static boolean isValidPunycodeLabel(String encoded) {
        String decoded = Punycode.decode(encoded);
        if (decoded == null || decoded.isEmpty() || isAscii(decoded) || !Normalizer.isNormalized(decoded, Normalizer.Form.NFC)) {
            return false;
        }
        try {
            IDN.toASCII(decoded, IDN.ALLOW_UNASSIGNED);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
