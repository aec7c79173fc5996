package dev.cleave.runtime.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Modules that application code imports by name ({@code import { NotFound } from 'jitar'}). Their
 * sources ship in this jar and are written once per JVM to a private folder, so GraalJS loads them
 * like any other module file. {@code serializer.mjs} (with its {@code decoder.mjs}), {@code errors.mjs}
 * and {@code request.mjs} are browser-client's files, copied into this jar by the build, so the browser
 * and the server share one serializer, one set of error classes and one Request/Response.
 */
public final class BuiltinModules {
    /** Name to be imported → resource file under {@code dev/cleave/runtime/builtin/}. */
    private static final Map<String, String> NAMES = Map.of(
            "cleave", "cleave.mjs",
            "jitar", "jitar.mjs",
            "cleave/remote", "remote.mjs",
            "cleave/serializer", "serializer.mjs",
            "cleave/node", "node.mjs",
            "cleave/documents", "documents.mjs",
            "cleave/counters", "counters.mjs",
            "cleave/blobs", "blobs.mjs",
            "cleave/events", "events.mjs");
    /** Every file of the built-in modules, including those they import by relative path. */
    private static final List<String> FILES = List.of("cleave.mjs", "jitar.mjs", "remote.mjs", "serializer.mjs",
            "decoder.mjs", "node.mjs", "request.mjs", "errors.mjs", "state.mjs", "documents.mjs", "counters.mjs",
            "blobs.mjs", "events.mjs");

    private static final Path DIR = extract();

    private BuiltinModules() {}

    /** The folder that holds the built-in module files. */
    public static Path directory() {
        return DIR;
    }

    /** The file of the built-in module with this name, if there is one. */
    public static Optional<Path> file(String name) {
        String file = NAMES.get(name);
        return file == null ? Optional.empty() : Optional.of(DIR.resolve(file));
    }

    private static Path extract() {
        try {
            Path dir = Files.createTempDirectory("cleave-builtin-").toRealPath();
            dir.toFile().deleteOnExit();
            for (String file : FILES) {
                try (InputStream in = BuiltinModules.class.getResourceAsStream("/dev/cleave/runtime/builtin/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("built-in module " + file + " is missing from the runtime jar");
                    }
                    Path target = dir.resolve(file);
                    Files.copy(in, target);
                    target.toFile().deleteOnExit();
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Cleave's built-in modules to a temporary folder", e);
        }
    }
}
