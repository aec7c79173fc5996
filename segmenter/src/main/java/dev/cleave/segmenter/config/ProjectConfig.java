package dev.cleave.segmenter.config;

import java.nio.file.Path;

/**
 * A project as {@code cleave.json} (or Jitar's {@code jitar.json}) describes it. All paths are
 * absolute and normalised; in the file they are relative to the file's folder.
 *
 * @param file      the config file itself
 * @param source    the application's modules; default {@code ./src}
 * @param target    where the release is written; default {@code ./dist}
 * @param segments  the segment files ({@code <name>.json}); default {@code ./segments}
 * @param resources the resource files; default {@code ./resources} (may be missing)
 * @param frontend  the browser front end that the build bundles, or {@code null}: none (the default)
 */
public record ProjectConfig(Path file, Path source, Path target, Path segments, Path resources, FrontendConfig frontend) {
    /** A project without a front end. */
    public ProjectConfig(Path file, Path source, Path target, Path segments, Path resources) {
        this(file, source, target, segments, resources, null);
    }

    public ProjectConfig {
        file = file.toAbsolutePath().normalize();
        source = source.toAbsolutePath().normalize();
        target = target.toAbsolutePath().normalize();
        segments = segments.toAbsolutePath().normalize();
        resources = resources.toAbsolutePath().normalize();
    }

    /** The project folder: the folder of the config file. */
    public Path root() {
        return file.getParent();
    }

    /** The same project with the release written to {@code folder} instead. */
    public ProjectConfig withTarget(Path folder) {
        return new ProjectConfig(file, source, folder, segments, resources, frontend);
    }

    /** How messages name a path: relative to the project folder, with forward slashes. */
    public String display(Path path) {
        return displayOf(root(), path);
    }

    static String displayOf(Path root, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        String text = absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
        return text.isEmpty() ? "." : text.replace('\\', '/');
    }
}
