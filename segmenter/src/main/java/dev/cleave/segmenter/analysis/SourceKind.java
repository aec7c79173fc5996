package dev.cleave.segmenter.analysis;

import java.util.List;
import java.util.Optional;

/** The languages the segmenter reads, by file extension ({@code .tsx} front-end code is not one). */
public enum SourceKind {
    TYPESCRIPT(".ts"),
    JAVASCRIPT(".js"),
    JAVASCRIPT_MODULE(".mjs");

    private final String extension;

    SourceKind(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The extensions in the order a module path without one is completed. */
    public static List<String> extensions() {
        return List.of(".ts", ".js", ".mjs");
    }

    /** The kind of {@code fileName}; empty for other files and for TypeScript declaration files. */
    public static Optional<SourceKind> of(String fileName) {
        if (fileName.endsWith(".d.ts")) {
            return Optional.empty();
        }
        for (SourceKind kind : values()) {
            if (fileName.endsWith(kind.extension)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
