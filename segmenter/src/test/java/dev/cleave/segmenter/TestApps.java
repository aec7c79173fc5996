package dev.cleave.segmenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The tiny apps under {@code src/test/resources/apps/}. A test copies an app to a temporary
 * folder and builds it there. An app with an {@code expected/} folder is a golden test: the
 * release must equal it file by file. Run with {@code -Dcleave.golden.update=true} to rewrite the
 * expected folders from the current output (then review the diff).
 */
public final class TestApps {
    private static final Path APPS = Path.of("src/test/resources/apps").toAbsolutePath();
    private static final String EXPECTED = "expected";

    private TestApps() {}

    public static Path source(String name) {
        return APPS.resolve(name);
    }

    /** Copies app {@code name} (without its expected release) into {@code folder}; returns the copy. */
    public static Path copy(String name, Path folder) {
        Path from = source(name);
        Path to = folder.resolve(name);
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path relative = from.relativize(path);
                if (relative.startsWith(EXPECTED)) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** Every file under {@code folder} by its relative path, with its text. */
    public static Map<String, String> files(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Compares a built release with the app's {@code expected/} folder, or rewrites that folder. */
    public static void assertGolden(String name, Path release) {
        Path expected = source(name).resolve(EXPECTED);
        Map<String, String> actual = files(release);
        if (Boolean.getBoolean("cleave.golden.update")) {
            try {
                if (Files.exists(expected)) {
                    try (Stream<Path> old = Files.walk(expected)) {
                        for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.delete(path);
                        }
                    }
                }
                for (var file : actual.entrySet()) {
                    Path target = expected.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        Map<String, String> wanted = files(expected);
        assertThat(actual.keySet()).as("files of the release of app '%s'", name).containsExactlyElementsOf(wanted.keySet());
        wanted.forEach((file, text) -> assertThat(actual.get(file)).as("%s of app '%s'", file, name).isEqualTo(text));
    }
}
