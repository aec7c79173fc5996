package dev.cleave.segmenter.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.cleave.segmenter.BuildException;
import dev.cleave.segmenter.analysis.SourceKind;
import dev.cleave.segmenter.config.ProjectConfig;

/**
 * Finds module files under the source folder the way the application's imports mean them: an
 * extension may be left out, {@code ./x.js} may name {@code x.ts} (TypeScript's ESM convention),
 * and a folder means its {@code index} module. Nothing outside the source folder is a module.
 */
public final class SourceTree {
    private final ProjectConfig config;
    private final Path root;

    public SourceTree(ProjectConfig config) {
        this.config = config;
        this.root = config.source();
    }

    public ProjectConfig config() {
        return config;
    }

    /** A path as segment and resource files write it ({@code ./post/getPost}, {@code post}), from the source root. */
    public Optional<SourceModule> entry(String modulePath) {
        String relative = modulePath.startsWith("/") ? "." + modulePath : modulePath;
        return find(root.resolve(relative).normalize());
    }

    /** A relative specifier as written in {@code importer}; empty if no file matches. */
    public Optional<SourceModule> relative(SourceModule importer, String specifier) {
        return find(importer.file().getParent().resolve(specifier).normalize());
    }

    /** Whether {@code path} (absolute, normalised) lies inside the source folder. */
    public boolean inside(Path path) {
        return path.startsWith(root);
    }

    /** Where a module path was looked for, for messages. */
    public String lookedFor(Path base) {
        String shown = config.display(base);
        return shown + ".ts, .js, .mjs and " + shown + "/index.*";
    }

    public Path root() {
        return root;
    }

    /** Every module file under the source folder, sorted by module path. */
    public List<SourceModule> all() {
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> SourceKind.of(file.getFileName().toString()).isPresent())
                    .filter(file -> !root.relativize(file).toString().replace('\\', '/').contains("node_modules/"))
                    .map(this::module)
                    .sorted(java.util.Comparator.comparing(SourceModule::path))
                    .toList();
        } catch (java.io.IOException e) {
            throw new BuildException("cannot list the source folder " + config.display(root) + " (" + e.getMessage() + ")");
        }
    }

    private Optional<SourceModule> find(Path candidate) {
        if (!inside(candidate)) {
            return Optional.empty();
        }
        if (candidate.equals(root)) {
            return withExtension(root.resolve("index"));
        }
        String name = candidate.getFileName() == null ? "" : candidate.getFileName().toString();
        if (SourceKind.of(name).isPresent() && Files.isRegularFile(candidate)) {
            return Optional.of(module(candidate));
        }
        for (String jsExtension : List.of(".js", ".mjs")) {
            if (name.endsWith(jsExtension)) {
                Path typescript = candidate.resolveSibling(name.substring(0, name.length() - jsExtension.length()) + ".ts");
                if (Files.isRegularFile(typescript)) {
                    return Optional.of(module(typescript));
                }
            }
        }
        Optional<SourceModule> file = withExtension(candidate);
        return file.isPresent() ? file : withExtension(candidate.resolve("index"));
    }

    private Optional<SourceModule> withExtension(Path base) {
        Path found = null;
        for (String extension : SourceKind.extensions()) {
            Path file = base.resolveSibling(base.getFileName() + extension);
            if (Files.isRegularFile(file)) {
                if (found != null) {
                    throw new BuildException(config.display(found) + " and " + config.display(file) + " are the same module '"
                            + modulePath(file) + "' — keep only one of them (a TypeScript project needs no compiled .js next to its .ts)");
                }
                found = file;
            }
        }
        return Optional.ofNullable(found).map(this::module);
    }

    private SourceModule module(Path file) {
        SourceKind kind = SourceKind.of(file.getFileName().toString()).orElseThrow();
        return new SourceModule(modulePath(file), file, config.display(file), kind);
    }

    private String modulePath(Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String extension = SourceKind.of(file.getFileName().toString()).map(SourceKind::extension).orElse("");
        return relative.substring(0, relative.length() - extension.length());
    }
}
