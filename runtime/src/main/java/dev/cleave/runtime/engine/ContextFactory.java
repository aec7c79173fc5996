package dev.cleave.runtime.engine;

import java.util.List;
import java.util.function.Function;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import dev.cleave.runtime.modules.ModuleResolver;
import dev.cleave.runtime.modules.ReleaseFileSystem;

/**
 * Creates the context of an event loop: the only door to the host is what the runtime installs.
 * No Java classes, no threads, no processes, no environment, no native code; files only through
 * {@link ReleaseFileSystem}.
 *
 * <p>Module resolution: GraalJS has no public hook for resolving import specifiers, and Node-style
 * resolution (extensionless imports, {@code node_modules}) needs the importer's path. Its internal
 * {@code js.mle-mode} builtin {@code MLE.registerESMLookup} gives exactly that; the global is
 * removed right after registering. This ties us to the pinned GraalJS version; ModuleLoadingTest
 * fails loudly if a version bump breaks it.
 */
final class ContextFactory implements Function<EventLoop, Context> {
    /** Globals of GraalJS's shell that a server runtime must not offer. */
    private static final List<String> REMOVED_GLOBALS = List.of("MLE", "print", "printErr", "load", "loadWithNewGlobal",
            "quit", "read", "readbuffer", "readline", "Graal", "Java", "Polyglot", "Packages", "java", "javax", "com", "org",
            "edu", "javafx", "net");

    private final ModuleResolver resolver;
    private final ReleaseFileSystem fileSystem;
    private final List<ContextSetup> setups;

    ContextFactory(ModuleResolver resolver, List<ContextSetup> setups) {
        this.resolver = resolver;
        this.fileSystem = new ReleaseFileSystem(resolver);
        this.setups = List.copyOf(setups);
    }

    @Override
    public Context apply(EventLoop loop) {
        Context context = Context.newBuilder("js")
                .engine(SharedEngine.get())
                .allowHostAccess(HostAccess.NONE)
                .allowHostClassLookup(className -> false)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowNativeAccess(false)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowIO(IOAccess.newBuilder().fileSystem(fileSystem).build())
                .allowExperimentalOptions(true)
                .option("js.ecmascript-version", "latest")
                .option("js.esm-eval-returns-exports", "true")
                .option("js.text-encoding", "true")
                .option("js.performance", "true")
                .option("js.console", "false")
                .option("js.print", "false")
                .option("js.load", "false")
                .option("js.graal-builtin", "false")
                .option("js.polyglot-builtin", "false")
                .option("js.java-package-globals", "false")
                .option("js.unhandled-rejections", "warn")
                .option("js.mle-mode", "true")
                .out(new LogStream(() -> "cleave.app", false))
                .err(new LogStream(() -> CallState.loggerName(loop.currentCall()), true))
                .build();
        Value global = context.getBindings("js");
        registerModuleLookup(global);
        for (String name : REMOVED_GLOBALS) {
            global.removeMember(name);
        }
        for (ContextSetup setup : setups) {
            setup.install(context, loop);
        }
        return context;
    }

    private void registerModuleLookup(Value global) {
        ProxyExecutable lookup = args -> {
            String referrer = args[0].isNull() ? null : args[0].asString();
            String specifier = args[1].asString();
            return resolver.resolve(referrer, specifier).toString();
        };
        global.getMember("MLE").invokeMember("registerESMLookup", lookup);
    }
}
