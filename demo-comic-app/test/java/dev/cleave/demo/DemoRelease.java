package dev.cleave.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import dev.cleave.segmenter.Segmenter;
import dev.cleave.segmenter.config.ProjectConfigLoader;

/**
 * The demo project built once per test JVM with the real segmenter, from a copy under
 * {@code target/demo-project} (so the project's own dist/ and data/ stay untouched).
 */
final class DemoRelease {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Set<String> COPIED = Set.of("cleave.json", "src", "segments", "services", "webui");
    private static Path release;

    private DemoRelease() {}

    static synchronized Path get() {
        if (release == null) {
            Path copy = PROJECT.resolve("target/demo-project");
            try {
                delete(copy);
                for (String name : COPIED) {
                    copyTree(PROJECT.resolve(name), copy.resolve(name));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            release = new Segmenter().build(ProjectConfigLoader.find(copy)).target();
        }
        return release;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
