package dev.cleave.runtime;

import java.time.Duration;
import java.util.List;

/**
 * A call of an exported function.
 *
 * @param module  module path relative to the runtime root, e.g. {@code greetings/sayHi}
 * @param export  the export to call; {@code default} for a default export
 * @param args    positional arguments as plain Java data (see {@link dev.cleave.runtime.engine.JsValues})
 * @param segment the segment the code belongs to, for its logger; may be {@code null}
 * @param timeout the call's deadline; {@code null} means the runtime's call timeout
 */
public record Invocation(String module, String export, List<Object> args, String segment, Duration timeout) {
    public Invocation {
        if (module == null || module.isBlank()) {
            throw new IllegalArgumentException("an invocation needs a module path");
        }
        if (export == null || export.isBlank()) {
            throw new IllegalArgumentException("an invocation of " + module + " needs an export name");
        }
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    public static Invocation of(String module, String export, Object... args) {
        return new Invocation(module, export, java.util.Arrays.asList(args), null, null);
    }

    public Invocation inSegment(String name) {
        return new Invocation(module, export, args, name, timeout);
    }

    public Invocation withTimeout(Duration deadline) {
        return new Invocation(module, export, args, segment, deadline);
    }

    @Override
    public String toString() {
        return module + "#" + export;
    }
}
