package dev.cleave.segmenter.config;

import java.util.regex.Pattern;

/** What counts as a JavaScript identifier where the segmenter needs one (aliases, stub names). */
public final class Names {
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}\\p{Nl}$_][\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}$]*");

    private Names() {}

    public static boolean isIdentifier(String text) {
        return text != null && IDENTIFIER.matcher(text).matches();
    }
}
