package dev.cleave.segmenter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import dev.cleave.segmenter.config.ProjectConfig;

/**
 * Finds the project's {@code node_modules} (in the project folder or a folder above it, as Node
 * looks them up) and names it relative to the release root. The release does not copy packages.
 */
final class NodeModules {
    private NodeModules() {}

    static Optional<String> find(ProjectConfig config) {
        for (Path dir = config.root(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("node_modules");
            if (Files.isDirectory(candidate)) {
                String relative = config.target().relativize(candidate).toString().replace('\\', '/');
                return Optional.of(relative);
            }
        }
        return Optional.empty();
    }
}
