package dev.cleave.segmenter.plan;

import dev.cleave.segmenter.analysis.Declaration;

/**
 * An export followed through every {@code export ... from} to where it is declared.
 *
 * @param module      the declaring module
 * @param export      the name under which the declaring module exports it ({@code default} or a name)
 * @param declaration what it is; a namespace re-export ({@code export * as ns}) is a {@link Declaration.Value}
 */
public record ResolvedExport(LoadedModule module, String export, Declaration declaration) {
    /** The key of this export in the release: {@code post/getPost#default}. */
    public String key() {
        return module.path() + "#" + export;
    }
}
