package dev.cleave.runtime.engine;

import org.graalvm.polyglot.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one GraalJS {@link Engine} of this JVM. Contexts created on it share parsed and compiled
 * code, so a module is parsed once however many event loops load it.
 */
public final class SharedEngine {
    /** What {@link Engine#getImplementationName()} says when the optimizing JIT is missing. */
    public static final String INTERPRETED = "Interpreted";

    private static final Logger LOG = LoggerFactory.getLogger(SharedEngine.class);

    private SharedEngine() {}

    private static final class Holder {
        static final Engine ENGINE = create();
    }

    /** The engine, created on first use. */
    public static Engine get() {
        return Holder.ENGINE;
    }

    /** {@code GraalVM CE} with the JIT, {@value #INTERPRETED} without it. */
    public static String implementationName() {
        return get().getImplementationName();
    }

    /** Whether JavaScript is compiled by the optimizing JIT. */
    public static boolean jitEnabled() {
        return !INTERPRETED.equals(implementationName());
    }

    private static Engine create() {
        Engine engine = Engine.newBuilder("js")
                .option("engine.WarnInterpreterOnly", "false")
                .build();
        String name = engine.getImplementationName();
        if (INTERPRETED.equals(name)) {
            LOG.warn("GraalJS engine={} (no optimizing JIT: JavaScript runs 10-30x slower; start the JVM "
                    + "through ./cleave, which adds the Graal compiler with --upgrade-module-path)", name);
        } else {
            LOG.info("GraalJS engine={} version={}", name, engine.getVersion());
        }
        return engine;
    }
}
