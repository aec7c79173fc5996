package dev.cleave.segmenter.plan;

import dev.cleave.segmenter.analysis.ModuleAnalysis;
import dev.cleave.segmenter.analysis.SourceFile;

/** A module file with its text and analysis. */
public record LoadedModule(SourceModule source, SourceFile file, ModuleAnalysis analysis) {
    public String path() {
        return source.path();
    }

    public String shown() {
        return source.shown();
    }
}
