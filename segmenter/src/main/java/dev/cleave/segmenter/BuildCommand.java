package dev.cleave.segmenter;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import dev.cleave.segmenter.config.ProjectConfig;
import dev.cleave.segmenter.config.ProjectConfigLoader;

/**
 * {@code ./cleave build [--config=<file>]}: builds the release of the project in the current
 * folder ({@code cleave.json}, else {@code jitar.json}) and says what it built. Errors are printed
 * as their message alone, with exit status 1; a bad command line exits with 2.
 */
public final class BuildCommand {
    static final String USAGE = "usage: ./cleave build [--config=<file>]   (default: cleave.json, else jitar.json,"
            + " in the current folder)";

    private BuildCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, Path.of(""), System.out, System.err));
    }

    /** Runs the command in folder {@code cwd}; returns the exit status. */
    static int run(String[] args, Path cwd, PrintStream out, PrintStream err) {
        Path configFile = null;
        for (String arg : args) {
            if (arg.startsWith("--config=") && arg.length() > "--config=".length()) {
                configFile = cwd.resolve(arg.substring("--config=".length()));
            } else if (arg.equals("-h") || arg.equals("--help")) {
                out.println(USAGE);
                return 0;
            } else {
                err.println("cleave build: unknown option '" + arg + "'\n" + USAGE);
                return 2;
            }
        }
        try {
            Path config = configFile;
            BuildResult result = NativeErrors.quietly(() -> build(config, cwd));
            out.println(report(result, cwd));
            return 0;
        } catch (BuildException e) {
            err.println("cleave build failed:\n" + e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            err.println("cleave build failed: " + e.getMessage() + " (" + e.getCause().getMessage() + ")");
            return 1;
        }
    }

    private static BuildResult build(Path configFile, Path cwd) {
        ProjectConfig config = configFile == null ? ProjectConfigLoader.find(cwd) : ProjectConfigLoader.load(configFile);
        return new Segmenter().build(config);
    }

    static String report(BuildResult result, Path cwd) {
        Path absoluteCwd = cwd.toAbsolutePath().normalize();
        Path target = result.target().startsWith(absoluteCwd) ? absoluteCwd.relativize(result.target()) : result.target();
        List<String> segments = result.segments();
        return "built " + target + " in " + result.time().toMillis() + " ms (release " + result.releaseId().substring(0, 12) + ")\n"
                + "  segments:   " + segments.size() + " (" + String.join(", ", segments) + ")\n"
                + "  procedures: " + result.procedures() + "\n"
                + "  modules:    " + result.modules() + " files written, " + result.analysed() + " sources analysed"
                + (result.frontend() == 0 ? "" : "\n  front end:  " + target.resolve("webui") + "/ (" + result.frontend()
                        + " files; app.js " + (result.bundleSize() + 1023) / 1024 + " KB)");
    }
}
