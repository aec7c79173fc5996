package dev.cleave.segmenter.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code segments/<name>.json}: module paths (as written, e.g. {@code ./post/getPost}) to the
 * exports the segment takes from each, in file order.
 *
 * @param name  the segment name: the file name without {@code .json}
 * @param file  the file
 * @param shown how messages name the file, e.g. {@code segments/reads.json}
 */
public record SegmentFile(String name, Path file, String shown, Map<String, Map<String, ExportConfig>> modules) {
    public SegmentFile {
        Map<String, Map<String, ExportConfig>> copy = new LinkedHashMap<>();
        modules.forEach((module, exports) -> copy.put(module, Collections.unmodifiableMap(new LinkedHashMap<>(exports))));
        modules = Collections.unmodifiableMap(copy);
    }
}
