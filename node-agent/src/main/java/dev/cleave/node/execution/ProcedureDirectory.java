package dev.cleave.node.execution;

import java.util.Optional;

import dev.cleave.runtime.execution.Implementation;
import dev.cleave.runtime.execution.Version;

/**
 * The procedures hosted by the other members of the cluster. An implementation found here names
 * the procedure, its version, access and segment; where its code lives is the hosting member's
 * business.
 */
public interface ProcedureDirectory {
    /** The exact version if some member hosts it, else the highest lower one. */
    Optional<Implementation> find(String fqn, Version requested);

    /** Whether some member hosts any version of {@code fqn}. */
    boolean contains(String fqn);
}
