package dev.cleave.node.execution;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

import dev.cleave.runtime.execution.Access;
import dev.cleave.runtime.execution.Implementation;
import dev.cleave.runtime.execution.ProcedureCatalog;
import dev.cleave.runtime.execution.Version;

/**
 * Decides whether an outside call may run, and which version: unknown and private procedures are
 * not found; protected ones need the node's trust key, and a node without one refuses them (Jitar
 * would silently make them public).
 */
public final class ProcedureGate {
    private final ProcedureCatalog catalog;
    private final byte[] trustKey;

    /** {@code trustKey} may be {@code null}: then protected procedures are refused from outside. */
    public ProcedureGate(ProcedureCatalog catalog, String trustKey) {
        this.catalog = catalog;
        this.trustKey = trustKey == null ? null : trustKey.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The version that runs for an outside call.
     *
     * @throws CallRefusal with 404 or 401
     */
    public Implementation admit(String fqn, Version requested, String presentedKey) {
        Implementation implementation = catalog.find(fqn, requested)
                .filter(found -> found.access() != Access.PRIVATE)
                .orElseThrow(() -> CallRefusal.notFound(catalog.contains(fqn) && requested.compareTo(Version.ZERO) > 0
                        ? "Procedure '" + fqn + "' has no version " + requested + " or lower"
                        : "Procedure '" + fqn + "' not found"));
        if (implementation.access() == Access.PROTECTED && !trusted(presentedKey)) {
            throw CallRefusal.unauthorized(presentedKey == null
                    ? "Procedure '" + fqn + "' is protected: send the cluster's trust key in x-jitar-trust-key"
                    : "Invalid trust key for procedure '" + fqn + "'");
        }
        return implementation;
    }

    private boolean trusted(String presentedKey) {
        return trustKey != null && presentedKey != null
                && MessageDigest.isEqual(trustKey, presentedKey.getBytes(StandardCharsets.UTF_8));
    }
}
