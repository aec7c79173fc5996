package dev.cleave.segmenter.plan;

import java.nio.file.Path;

import dev.cleave.segmenter.analysis.SourceKind;

/**
 * One module file of the project.
 *
 * @param path  the module path: relative to the source folder, no extension ({@code post/getPost})
 * @param file  the file
 * @param shown how messages name the file ({@code src/post/getPost.ts})
 */
public record SourceModule(String path, Path file, String shown, SourceKind kind) {
    /** The folder part of the path ({@code post} for {@code post/getPost}); empty at the source root. */
    public String directory() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The last part of the path ({@code getPost}). */
    public String baseName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return path;
    }
}
