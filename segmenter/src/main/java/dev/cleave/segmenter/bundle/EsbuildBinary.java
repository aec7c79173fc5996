package dev.cleave.segmenter.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

import dev.cleave.segmenter.BuildException;

/**
 * The esbuild executable. It ships inside the {@code org.mvnpm.at.esbuild:linux-x64} jar on the
 * class path and is copied once per version to a cache folder ({@code $XDG_CACHE_HOME/cleave}, else
 * {@code ~/.cache/cleave}, else {@code <tmp>/cleave-<user>}), made executable there and moved into place atomically, so concurrent
 * builds never run a half-written file.
 */
final class EsbuildBinary {
    static final String VERSION = version();
    private static final String PLATFORM = "linux-x64";

    private EsbuildBinary() {}

    /** The path of the executable, extracting it first when the cache does not hold it yet. */
    static Path path() {
        checkPlatform();
        String resource = "/META-INF/resources/_static/" + PLATFORM + "/" + VERSION + "/bin/esbuild";
        Path folder = cacheRoot().resolve("esbuild-" + VERSION);
        Path binary = folder.resolve("esbuild");
        if (Files.isExecutable(binary)) {
            return binary;
        }
        try (InputStream in = EsbuildBinary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new BuildException("esbuild " + VERSION + " is not on the class path (" + resource + ") — the"
                        + " segmenter needs org.mvnpm.at.esbuild:" + PLATFORM + ":" + VERSION + "; rebuild Cleave");
            }
            Files.createDirectories(folder);
            Path part = Files.createTempFile(folder, "esbuild-", ".part");
            try {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                if (!part.toFile().setExecutable(true)) {
                    throw new IOException("cannot make " + part + " executable");
                }
                Files.move(part, binary, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
            return binary;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put esbuild into " + folder, e);
        }
    }

    /** The user's cache folder; the temporary folder when there is no home to write to (a container user). */
    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        try {
            return Files.createDirectories(base.resolve("cleave"));
        } catch (IOException e) {
            return Path.of(System.getProperty("java.io.tmpdir"), "cleave-" + System.getProperty("user.name"));
        }
    }

    private static void checkPlatform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new BuildException("the browser bundle needs esbuild for " + PLATFORM + " and this machine is " + os + " "
                    + arch + " — build projects with a \"frontend\" on Linux x86-64");
        }
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = EsbuildBinary.class.getResourceAsStream("esbuild.properties")) {
            if (in == null) {
                throw new IllegalStateException("esbuild.properties is missing from the segmenter jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
