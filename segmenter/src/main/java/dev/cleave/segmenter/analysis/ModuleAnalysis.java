package dev.cleave.segmenter.analysis;

import java.util.List;
import java.util.Optional;

/**
 * Everything the planner needs to know about one module. It depends only on the file's text.
 *
 * @param code    the JavaScript the transpiler wrote (for JavaScript sources: the source itself)
 * @param imports the specifiers in {@code code}, in source order
 * @param exports the exports, in source order ({@link ExportEntry.Star} entries included)
 */
public record ModuleAnalysis(String code, List<ImportRef> imports, List<ExportEntry> exports) {
    public ModuleAnalysis {
        imports = List.copyOf(imports);
        exports = List.copyOf(exports);
    }

    /** The export with this name, not looking through {@code export *}. */
    public Optional<ExportEntry> export(String name) {
        return exports.stream().filter(e -> !(e instanceof ExportEntry.Star) && e.name().equals(name)).findFirst();
    }

    /** The names this module exports itself, without those that {@code export *} adds. */
    public List<String> ownExportNames() {
        return exports.stream().filter(e -> !(e instanceof ExportEntry.Star)).map(ExportEntry::name).toList();
    }
}
