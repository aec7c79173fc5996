package dev.cleave.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.cleave.segmenter.Segmenter;
import dev.cleave.segmenter.config.ProjectConfigLoader;

/** Builds a project of the repository into a fresh folder with the real segmenter. */
public final class TestProjects {
    private TestProjects() {}

    /** Copies {@code project} into {@code dir}, builds it there and returns the release folder. */
    public static Path build(Path project, Path dir) {
        Path copy = dir.resolve(project.getFileName());
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.filter(p -> !p.toString().contains("/dist")).toList()) {
                Path target = copy.resolve(project.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Segmenter().build(ProjectConfigLoader.find(copy)).target();
    }
}
