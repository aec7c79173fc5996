package dev.cleave.segmenter.plan;

/** What an import specifier points to. */
public sealed interface ImportTarget {
    /** An npm package or a built-in module ({@code cleave}, {@code jitar}, {@code node:fs}): left as written. */
    record Bare(String specifier) implements ImportTarget {}

    /** A module of the project. */
    record Module(LoadedModule module) implements ImportTarget {}
}
