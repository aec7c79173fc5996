package dev.cleave.segmenter.plan;

import dev.cleave.segmenter.config.ExportConfig;

/**
 * One segment file's entry for one export, checked and followed to its declaration.
 *
 * @param segment the segment whose file has the entry
 * @param shown   that file, as messages name it
 * @param fqn     the procedure's FQN or the class's key
 */
record Claim(String segment, String shown, ExportConfig config, ResolvedExport export, String fqn, boolean isClass) {
    /** How messages name the export: {@code src/post/getPost.ts export 'default'}. */
    String where() {
        return export.module().shown() + " export '" + export.export() + "'";
    }
}
