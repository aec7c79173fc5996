package dev.cleave.node.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.cleave.node.config.ConfigException;

/** Where the release is when {@code --release} is not given: the {@code target} of the project file. */
final class ProjectTarget {
    private ProjectTarget() {}

    static Path find(Path workingDir) {
        for (String name : new String[] {"cleave.json", "jitar.json"}) {
            Path file = workingDir.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    JsonNode target = new ObjectMapper().readTree(file.toFile()).get("target");
                    return workingDir.resolve(target == null ? "./dist" : target.asText()).normalize();
                } catch (IOException e) {
                    throw new ConfigException(file + " cannot be read: " + e.getMessage());
                }
            }
        }
        throw new ConfigException("no cleave.json or jitar.json in " + workingDir.toAbsolutePath()
                + " — run from the project folder or pass --release=<folder>");
    }
}
