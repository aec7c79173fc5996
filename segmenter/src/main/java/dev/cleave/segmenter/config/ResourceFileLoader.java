package dev.cleave.segmenter.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

import dev.cleave.segmenter.BuildException;

/** Reads every {@code <name>.json} of the resources folder (a missing folder means no resources). */
public final class ResourceFileLoader {
    private ResourceFileLoader() {}

    public static List<ResourceFile> load(ProjectConfig config) {
        List<ResourceFile> files = new ArrayList<>();
        for (Path file : SegmentFileLoader.jsonFiles(config.resources())) {
            String shown = config.display(file);
            List<String> modules = StrictJson.read(file, shown, new TypeReference<List<String>>() {},
                    "an array of module paths, e.g. [\"./db/pool\"]");
            for (int i = 0; i < modules.size(); i++) {
                if (modules.get(i) == null || modules.get(i).isBlank()) {
                    throw new BuildException(shown + ": entry " + i + " is empty — write a module path such as \"./db/pool\"");
                }
            }
            files.add(new ResourceFile(file, shown, modules));
        }
        return files;
    }
}
