package dev.cleave.segmenter.config;

import dev.cleave.runtime.execution.Version;

/**
 * What a segment file says about one export of a module.
 *
 * @param access who may call it; default {@link Access#PRIVATE}
 * @param version the procedure version; default {@link Version#ZERO}
 * @param alias the public name ({@code "as"}) that replaces the declared name in the FQN; may be null
 * @param idempotent whether running it twice does no more than running it once, so that a cluster
 *                   may run it again on another member when the member that took it dies
 */
public record ExportConfig(Access access, Version version, String alias, boolean idempotent) {
    public ExportConfig {
        access = access == null ? Access.PRIVATE : access;
        version = version == null ? Version.ZERO : version;
        alias = alias == null || alias.isBlank() ? null : alias;
    }

    /** {@code public 1.0.0 as getData}, for messages that compare two entries. */
    public String describe() {
        return access.text() + " " + version + (alias == null ? "" : " as '" + alias + "'") + (idempotent ? " idempotent" : "");
    }
}
