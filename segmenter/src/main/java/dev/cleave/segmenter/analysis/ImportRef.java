package dev.cleave.segmenter.analysis;

import java.util.List;

/**
 * One module specifier in the transpiled JavaScript: the only text the segmenter may change.
 *
 * @param specifier the string as the code wrote it, e.g. {@code ./post/getPost}
 * @param start     index (UTF-16) of the first character of the specifier, after the opening quote
 * @param end       index just after its last character, before the closing quote
 * @param kind      the statement or expression that holds it
 * @param names     the names taken from the target module ({@code default} for a default import);
 *                  empty with {@code all} or for a side-effect import
 * @param all       whether every export of the target is taken ({@code * as}, {@code export *},
 *                  {@code import()})
 */
public record ImportRef(String specifier, int start, int end, Kind kind, List<String> names, boolean all) {
    public enum Kind {
        /** {@code import x from '...'} and {@code import '...'}. */
        IMPORT,
        /** {@code export { x } from '...'}, {@code export * from '...'}, {@code export * as ns from '...'}. */
        EXPORT_FROM,
        /** {@code import('...')} with a string literal. */
        DYNAMIC
    }

    public ImportRef {
        names = List.copyOf(names);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " for '" + specifier + "'");
        }
    }
}
