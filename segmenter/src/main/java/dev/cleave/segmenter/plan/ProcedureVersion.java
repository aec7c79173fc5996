package dev.cleave.segmenter.plan;

import dev.cleave.segmenter.analysis.Declaration;
import dev.cleave.segmenter.config.Access;
import dev.cleave.runtime.execution.Version;

/**
 * One version of a procedure and the export that implements it.
 *
 * @param module   the declaring module's path ({@code post/getPost})
 * @param export   the declaring module's export ({@code default} or a name)
 * @param function the async function, with its parameters
 * @param idempotent whether the segment file declares it idempotent
 */
public record ProcedureVersion(String fqn, Version version, Access access, String module, String export,
                               Declaration.Function function, boolean idempotent) {
    /** {@code module#export}, the key of the implementing export. */
    public String key() {
        return module + "#" + export;
    }
}
