package dev.cleave.node.cluster;

import dev.cleave.node.execution.LocalInvoker;
import dev.cleave.runtime.execution.ProcedureCatalog;

/**
 * What a member needs to answer calls from other members: its procedures and its invoker. Kept in
 * the Hazelcast user context under {@value #KEY}, where {@link RemoteCallTask} finds it.
 */
record CallHost(ProcedureCatalog catalog, LocalInvoker invoker) {
    static final String KEY = "cleave.host";
}
