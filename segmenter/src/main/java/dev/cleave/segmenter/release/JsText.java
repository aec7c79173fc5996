package dev.cleave.segmenter.release;

/** Writes JavaScript string literals for generated code. */
public final class JsText {
    private JsText() {}

    /** {@code text} as a JavaScript string literal: single-quoted, or double-quoted if that needs no escapes. */
    public static String quote(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\'', '"' -> out.append(c == quote ? "\\" + c : String.valueOf(c));
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.append(quote).toString();
    }

    /** {@code specifier} escaped to go between existing {@code quote} characters. */
    static String escapeForQuote(String specifier, char quote) {
        return specifier.replace("\\", "\\\\").replace(String.valueOf(quote), "\\" + quote);
    }
}
