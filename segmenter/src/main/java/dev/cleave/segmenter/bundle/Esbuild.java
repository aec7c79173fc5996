package dev.cleave.segmenter.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.cleave.segmenter.BuildException;

/**
 * Runs the esbuild binary as a process with a deadline. Its output goes to a file (no pipe to
 * fill); when it fails, its error report becomes a {@link BuildException} whose lines name the
 * file, line and column, what is wrong and the fix ({@link EsbuildErrors}).
 */
final class Esbuild {
    static final Duration DEADLINE = Duration.ofSeconds(60);

    private Esbuild() {}

    /**
     * Runs esbuild in folder {@code cwd} with {@code arguments}.
     *
     * @param environment extra environment variables (NODE_PATH)
     */
    static void run(Path cwd, List<String> arguments, Map<String, String> environment) {
        List<String> command = new ArrayList<>();
        command.add(EsbuildBinary.path().toString());
        command.addAll(arguments);
        Path log = cwd.resolve(".esbuild.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            if (!process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
                throw new BuildException("esbuild did not finish the browser bundle in " + DEADLINE.toSeconds() + " s"
                        + " — look for a very large package among the front end's imports, or run the build again");
            }
            if (process.exitValue() != 0) {
                throw new BuildException(EsbuildErrors.problems(Files.readString(log), process.exitValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run esbuild in " + cwd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildException("the browser bundle was interrupted");
        }
    }
}
