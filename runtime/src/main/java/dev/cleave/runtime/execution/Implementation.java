package dev.cleave.runtime.execution;

import java.util.List;

/**
 * One version of a procedure: where its code is and who may call it.
 *
 * @param fqn        the procedure's public name, e.g. {@code post/createPost}
 * @param version    its version
 * @param access     who may call it
 * @param segment    the segment that hosts it
 * @param module     module path relative to the release root
 * @param export     the module's export that implements it ({@code default} for a default export)
 * @param parameters its parameters, in order
 * @param idempotent whether its segment file declares it idempotent: running it twice does no more
 *                   than running it once, so a cluster runs it again elsewhere when its member dies
 */
public record Implementation(String fqn, Version version, Access access, String segment, String module, String export,
                             List<Parameter> parameters, boolean idempotent) {
    public Implementation {
        parameters = List.copyOf(parameters);
    }

    /** Not declared idempotent. */
    public Implementation(String fqn, Version version, Access access, String segment, String module, String export,
                          List<Parameter> parameters) {
        this(fqn, version, access, segment, module, export, parameters, false);
    }
}
