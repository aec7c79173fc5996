package dev.cleave.segmenter.config;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.type.TypeReference;

import dev.cleave.segmenter.BuildException;

/** Finds and reads {@code cleave.json} or {@code jitar.json}. */
public final class ProjectConfigLoader {
    /** The names a project file may have, in the order they are looked for. */
    public static final String CLEAVE_FILE = "cleave.json";
    public static final String JITAR_FILE = "jitar.json";

    private ProjectConfigLoader() {}

    /** The file's keys; a missing key takes its default (see {@link ProjectConfig}). */
    record ProjectFile(String source, String target, String segments, String resources,
                       FrontendConfigLoader.FrontendFile frontend) {}

    /** Reads {@code cleave.json} from {@code folder}, else {@code jitar.json}. */
    public static ProjectConfig find(Path folder) {
        Path cleave = folder.resolve(CLEAVE_FILE);
        if (Files.isRegularFile(cleave)) {
            return load(cleave);
        }
        Path jitar = folder.resolve(JITAR_FILE);
        if (Files.isRegularFile(jitar)) {
            return load(jitar);
        }
        throw new BuildException("no " + CLEAVE_FILE + " or " + JITAR_FILE + " in " + folder.toAbsolutePath().normalize()
                + " — run the build in the project folder, or name the file with --config=<file>");
    }

    /** Reads the project file {@code file}. */
    public static ProjectConfig load(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = absolute.getParent();
        String shown = absolute.getFileName().toString();
        if (!Files.isRegularFile(absolute)) {
            throw new BuildException(file + ": file not found — create it or point --config=<file> to the project file");
        }
        ProjectFile raw = StrictJson.read(absolute, shown, new TypeReference<ProjectFile>() {},
                "an object with the keys source, target, segments, resources and frontend");
        ProjectConfig config = new ProjectConfig(absolute,
                path(root, raw.source(), "./src"), path(root, raw.target(), "./dist"),
                path(root, raw.segments(), "./segments"), path(root, raw.resources(), "./resources"));
        check(config, shown);
        if (raw.frontend() == null) {
            return config;
        }
        return new ProjectConfig(config.file(), config.source(), config.target(), config.segments(), config.resources(),
                FrontendConfigLoader.load(raw.frontend(), config, shown));
    }

    private static Path path(Path root, String value, String fallback) {
        return root.resolve(value == null || value.isBlank() ? fallback : value);
    }

    private static void check(ProjectConfig config, String shown) {
        if (!Files.isDirectory(config.source())) {
            throw new BuildException(shown + ": source folder '" + config.display(config.source()) + "' does not exist"
                    + " — create it or set \"source\" to the folder with the application's modules");
        }
        if (!Files.isDirectory(config.segments())) {
            throw new BuildException(shown + ": segments folder '" + config.display(config.segments()) + "' does not exist"
                    + " — create it with one <segment>.json per segment, or set \"segments\"");
        }
        Path target = config.target();
        for (Path input : new Path[] {config.root(), config.source(), config.segments(), config.resources()}) {
            if (input.startsWith(target) || target.startsWith(input) && !input.equals(config.root())) {
                throw new BuildException(shown + ": target folder '" + config.display(target) + "' overlaps '"
                        + config.display(input) + "' — the build replaces the target folder, so set \"target\" to a folder"
                        + " of its own, such as ./dist");
            }
        }
    }
}
