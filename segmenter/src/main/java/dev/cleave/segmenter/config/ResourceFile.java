package dev.cleave.segmenter.config;

import java.nio.file.Path;
import java.util.List;

/**
 * One {@code resources/<name>.json}: module paths whose state all segments of a node share (one
 * instance per node instead of one copy per segment).
 *
 * @param shown how messages name the file, e.g. {@code resources/db.json}
 */
public record ResourceFile(Path file, String shown, List<String> modules) {
    public ResourceFile {
        modules = List.copyOf(modules);
    }
}
