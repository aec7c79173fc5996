package dev.cleave.segmenter.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Names the sources of the bundle's source maps (script and CSS) as the project names them: esbuild saw the copies
 * in the work folder, which mirrors the project folder, so {@code ../webui/main.ts} becomes
 * {@code webui/main.ts}, and a package becomes {@code node_modules/<package>/...}. The sources'
 * text is in the map itself ({@code sourcesContent}), so browsers show the TypeScript as written.
 */
final class SourceMaps {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SourceMaps() {}

    static byte[] relativize(byte[] map, Path out, Path stage, Path projectRoot) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(map);
            ArrayNode renamed = JSON.createArrayNode();
            for (JsonNode source : root.path("sources")) {
                Path file = out.resolve(source.asText()).normalize();
                Path relative = file.startsWith(stage) ? stage.relativize(file)
                        : file.startsWith(projectRoot) ? projectRoot.relativize(file) : null;
                renamed.add(relative == null ? source.asText() : relative.toString().replace('\\', '/'));
            }
            root.set("sources", renamed);
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read esbuild's source map", e);
        }
    }
}
