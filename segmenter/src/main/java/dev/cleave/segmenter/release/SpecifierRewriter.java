package dev.cleave.segmenter.release;

import java.util.List;

import dev.cleave.segmenter.analysis.ImportRef;
import dev.cleave.segmenter.analysis.ModuleAnalysis;

/**
 * Replaces the text of import specifiers, and nothing else: every other character of the
 * transpiled module is copied as it is.
 */
final class SpecifierRewriter {
    private SpecifierRewriter() {}

    /**
     * @param replacements one entry per {@link ModuleAnalysis#imports()}: the new specifier, or
     *                     null to keep the one written
     */
    static String rewrite(ModuleAnalysis analysis, List<String> replacements) {
        String code = analysis.code();
        StringBuilder out = new StringBuilder(code.length() + 64);
        int copied = 0;
        List<ImportRef> imports = analysis.imports();
        for (int i = 0; i < imports.size(); i++) {
            String replacement = replacements.get(i);
            ImportRef ref = imports.get(i);
            if (replacement == null || replacement.equals(ref.specifier())) {
                continue;
            }
            char quote = code.charAt(ref.start() - 1);
            out.append(code, copied, ref.start()).append(JsText.escapeForQuote(replacement, quote));
            copied = ref.end();
        }
        return out.append(code, copied, code.length()).toString();
    }
}
