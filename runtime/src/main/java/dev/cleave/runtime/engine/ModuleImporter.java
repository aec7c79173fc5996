package dev.cleave.runtime.engine;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import dev.cleave.runtime.errors.ModuleException;
import dev.cleave.runtime.modules.ModuleResolver;

/**
 * Imports modules of the release into an event loop and hands out their namespaces. Each loop
 * imports a module once; the {@link Source} of each entry is shared by all loops, so the engine
 * parses it once.
 */
public final class ModuleImporter {
    private final ModuleResolver resolver;
    private final Map<Path, Source> entries = new ConcurrentHashMap<>();

    public ModuleImporter(ModuleResolver resolver) {
        this.resolver = resolver;
    }

    /** The namespace of {@code modulePath} in this loop, importing it on first use; loop thread only. */
    public Value namespace(EventLoop loop, String modulePath) {
        return imported(loop, modulePath, () -> resolver.resolveEntry(modulePath));
    }

    /** The namespace of a built-in module such as {@code cleave/node}; loop thread only. */
    public Value builtin(EventLoop loop, String name) {
        return imported(loop, name, () -> dev.cleave.runtime.modules.BuiltinModules.file(name)
                .orElseThrow(() -> new ModuleException("there is no built-in module '" + name + "'")));
    }

    /** The loop's namespace under {@code key}, importing the module at {@code file} on first use. */
    private Value imported(EventLoop loop, String key, java.util.function.Supplier<Path> file) {
        Value cached = loop.namespaces().get(key);
        if (cached != null) {
            return cached;
        }
        Source entry = entries.computeIfAbsent(file.get(), ModuleImporter::entrySource);
        Value namespace = loop.context().eval(entry).getMember("default");
        loop.namespaces().put(key, namespace);
        return namespace;
    }

    /** The function exported as {@code export} by {@code modulePath}; loop thread only. */
    public Value function(EventLoop loop, String modulePath, String export) {
        Value namespace = namespace(loop, modulePath);
        if (!namespace.hasMember(export)) {
            throw new ModuleException("module '" + modulePath + "' has no export '" + export + "' (it exports: "
                    + String.join(", ", namespace.getMemberKeys()) + ")");
        }
        Value function = namespace.getMember(export);
        if (!function.canExecute()) {
            throw new ModuleException("export '" + export + "' of module '" + modulePath + "' is not a function");
        }
        return function;
    }

    /** Work that imports {@code modulePath} into the loop it runs on. */
    public LoopCall<Void> importing(String modulePath) {
        return new LoopCall<>() {
            @Override
            public Value start(EventLoop loop) {
                namespace(loop, modulePath);
                return null;
            }

            @Override
            public Void finish(EventLoop loop, Value result) {
                return null;
            }
        };
    }

    private static Source entrySource(Path file) {
        String quoted = "\"" + file.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        String code = "import * as namespace from " + quoted + ";\nexport default namespace;\n";
        return Source.newBuilder("js", code, "cleave-entry:" + file.getFileName())
                .mimeType("application/javascript+module")
                .buildLiteral();
    }
}
