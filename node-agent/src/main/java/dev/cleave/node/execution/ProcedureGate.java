package dev.cleave.node.execution;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.cleave.runtime.execution.Access;
import dev.cleave.runtime.execution.Implementation;
import dev.cleave.runtime.execution.ProcedureCatalog;
import dev.cleave.runtime.execution.Version;

/**
 * Decides whether an outside call may run, which version, and where: on this node when one of its
 * segments has the procedure, else on a member of the cluster that hosts it. Unknown and private
 * procedures are not found; protected ones need the node's trust key, and a node without one
 * refuses them (Jitar would silently make them public). A procedure of the release that no member
 * hosts now is unavailable (503), not unknown.
 */
public final class ProcedureGate {
    private final ProcedureCatalog local;
    private final ProcedureDirectory cluster;
    private final Function<String, List<String>> released;
    private final byte[] trustKey;

    /** An admitted call: the version that runs, and whether it runs on this node. */
    public record Admission(Implementation implementation, boolean local) {}

    /** {@code trustKey} may be {@code null}: then protected procedures are refused from outside. */
    public ProcedureGate(ProcedureCatalog local, String trustKey) {
        this(local, null, fqn -> List.of(), trustKey);
    }

    /**
     * {@code local} is {@code null} on a node that hosts no segment; {@code cluster} on a node
     * outside a cluster. {@code released} gives the segments of the release that hold a procedure
     * callable from outside.
     */
    public ProcedureGate(ProcedureCatalog local, ProcedureDirectory cluster, Function<String, List<String>> released,
                         String trustKey) {
        this.local = local;
        this.cluster = cluster;
        this.released = released;
        this.trustKey = trustKey == null ? null : trustKey.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The version that runs for an outside call, and where.
     *
     * @throws CallRefusal with 404 or 401
     */
    public Admission admit(String fqn, Version requested, String presentedKey) {
        Optional<Implementation> here = local == null ? Optional.empty() : local.find(fqn, requested);
        Admission admission = here.map(found -> new Admission(found, true))
                .or(() -> cluster == null ? Optional.empty() : cluster.find(fqn, requested).map(found -> new Admission(found, false)))
                .filter(found -> found.implementation().access() != Access.PRIVATE)
                .orElseThrow(() -> missing(fqn, requested));
        if (admission.implementation().access() == Access.PROTECTED && !trusts(presentedKey)) {
            throw CallRefusal.unauthorized(presentedKey == null
                    ? "Procedure '" + fqn + "' is protected: send the cluster's trust key in x-jitar-trust-key"
                    : "Invalid trust key for procedure '" + fqn + "'");
        }
        return admission;
    }

    private CallRefusal missing(String fqn, Version requested) {
        if (known(fqn) && requested.compareTo(Version.ZERO) > 0) {
            return CallRefusal.notFound("Procedure '" + fqn + "' has no version " + requested + " or lower");
        }
        List<String> segments = cluster == null ? List.of() : released.apply(fqn);
        if (!segments.isEmpty()) {
            return CallRefusal.unavailable("Procedure '" + fqn + "' is in segment " + String.join(" or ", segments)
                    + ", and no member of the cluster hosts it now: start a node with that segment, or try again");
        }
        return CallRefusal.notFound("Procedure '" + fqn + "' not found");
    }

    private boolean known(String fqn) {
        return (local != null && local.contains(fqn)) || (cluster != null && cluster.contains(fqn));
    }

    /** Whether this node has a trust key; without one, nothing presented is trusted. */
    public boolean hasTrustKey() {
        return trustKey != null;
    }

    /** Whether {@code presentedKey} is this node's trust key, compared in constant time. */
    public boolean trusts(String presentedKey) {
        return trustKey != null && presentedKey != null
                && MessageDigest.isEqual(trustKey, presentedKey.getBytes(StandardCharsets.UTF_8));
    }
}
