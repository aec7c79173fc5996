package dev.cleave.runtime.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.cleave.runtime.errors.ModuleException;

/**
 * Resolves bare specifiers ({@code lodash-es}, {@code @scope/pkg/sub}) from {@code node_modules}
 * folders the way Node's ES module resolution does: the nearest {@code node_modules} upwards from
 * the importer (never above the release root), then the package's {@code exports} map, else its
 * {@code module} or {@code main} field, else {@code index.js}.
 *
 * <p>Export conditions, in the package's own order: {@value #CONDITIONS_TEXT}. Cleave is not Node,
 * so {@code node} and {@code require} targets are not chosen.
 */
final class PackageResolver {
    static final String CONDITIONS_TEXT = "cleave, import, module, default";
    private static final Set<String> CONDITIONS = Set.of("cleave", "import", "module", "default");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final List<Path> folders;
    private final ModuleResolver files;
    private final Map<Path, JsonNode> manifests = new ConcurrentHashMap<>();

    PackageResolver(Path root, List<Path> folders, ModuleResolver files) {
        this.root = root;
        this.folders = folders;
        this.files = files;
    }

    Path resolve(Path fromDir, String specifier, String importer) {
        String name = packageName(specifier, importer);
        String subpath = "." + specifier.substring(name.length());
        for (Path dir = fromDir; dir != null && dir.startsWith(root); dir = dir.getParent()) {
            Path packageDir = dir.resolve("node_modules").resolve(name);
            if (Files.isDirectory(packageDir)) {
                return resolveInPackage(packageDir, subpath, specifier, importer);
            }
        }
        for (Path folder : folders) {
            Path packageDir = folder.resolve(name);
            if (Files.isDirectory(packageDir)) {
                return resolveInPackage(packageDir, subpath, specifier, importer);
            }
        }
        throw new ModuleException("Cannot find package '" + name + "' imported from " + importer
                + ": no node_modules/" + name + " in the release; install it in the project (npm install " + name
                + ") or, if '" + specifier + "' is a file of the app, import it with a relative path ('./" + specifier + "')");
    }

    private Path resolveInPackage(Path packageDir, String subpath, String specifier, String importer) {
        JsonNode manifest = manifest(packageDir);
        JsonNode exports = manifest.get("exports");
        if (exports != null && !exports.isNull()) {
            String target = exportTarget(exports, subpath);
            if (target == null) {
                throw new ModuleException("Package '" + specifier.substring(0, specifier.length() - subpath.length() + 1)
                        + "' does not export '" + subpath + "' for conditions [" + CONDITIONS_TEXT + "] (imported from "
                        + importer + "); see the \"exports\" field of " + packageDir.resolve("package.json"));
            }
            return checked(packageDir.resolve(target).normalize(), specifier, importer);
        }
        if (!subpath.equals(".")) {
            return files.resolveFile(packageDir.resolve(subpath), specifier, null);
        }
        for (String field : new String[] {"module", "main"}) {
            JsonNode entry = manifest.get(field);
            if (entry != null && entry.isTextual() && !entry.asText().isBlank()) {
                Path found = files.completeFile(packageDir.resolve(entry.asText()).normalize());
                if (found != null) {
                    return checked(found, specifier, importer);
                }
            }
        }
        return files.resolveFile(packageDir.resolve("index"), specifier, null);
    }

    private Path checked(Path path, String specifier, String importer) {
        if (!files.inside(path) || !Files.isRegularFile(path)) {
            throw new ModuleException("Cannot find module '" + specifier + "' imported from " + importer
                    + ": its package points to " + path + ", which is not a file of the release");
        }
        return path;
    }

    /** The target for {@code subpath} in an {@code exports} value, or {@code null} when not exported. */
    static String exportTarget(JsonNode exports, String subpath) {
        if (exports.isTextual() || exports.isArray() || !hasSubpathKeys(exports)) {
            return subpath.equals(".") ? conditionalTarget(exports, null) : null;
        }
        JsonNode exact = exports.get(subpath);
        if (exact != null) {
            return conditionalTarget(exact, null);
        }
        String bestKey = null;
        for (Iterator<String> keys = exports.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            int star = key.indexOf('*');
            if (star < 0) {
                continue;
            }
            String prefix = key.substring(0, star);
            String suffix = key.substring(star + 1);
            if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length() >= key.length() - 1
                    && (bestKey == null || prefix.length() > bestKey.indexOf('*'))) {
                bestKey = key;
            }
        }
        if (bestKey == null) {
            return null;
        }
        int star = bestKey.indexOf('*');
        String match = subpath.substring(star, subpath.length() - (bestKey.length() - star - 1));
        return conditionalTarget(exports.get(bestKey), match);
    }

    private static boolean hasSubpathKeys(JsonNode exports) {
        Iterator<String> keys = exports.fieldNames();
        return keys.hasNext() && keys.next().startsWith(".");
    }

    private static String conditionalTarget(JsonNode target, String patternMatch) {
        if (target == null || target.isNull()) {
            return null;
        }
        if (target.isTextual()) {
            String text = target.asText();
            if (!text.startsWith("./")) {
                return null;
            }
            return patternMatch == null ? text : text.replace("*", patternMatch);
        }
        if (target.isArray()) {
            for (JsonNode alternative : target) {
                String resolved = conditionalTarget(alternative, patternMatch);
                if (resolved != null) {
                    return resolved;
                }
            }
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = target.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (CONDITIONS.contains(field.getKey())) {
                String resolved = conditionalTarget(field.getValue(), patternMatch);
                if (resolved != null) {
                    return resolved;
                }
            }
        }
        return null;
    }

    private JsonNode manifest(Path packageDir) {
        return manifests.computeIfAbsent(packageDir, dir -> {
            Path file = dir.resolve("package.json");
            if (!Files.isRegularFile(file)) {
                return JSON.createObjectNode();
            }
            try {
                return JSON.readTree(file.toFile());
            } catch (IOException e) {
                throw new ModuleException("Cannot read " + file + ": " + e.getMessage()
                        + "; reinstall the package", e);
            }
        });
    }

    private static String packageName(String specifier, String importer) {
        String[] parts = specifier.split("/", -1);
        boolean scoped = specifier.startsWith("@");
        if (parts[0].isEmpty() || (scoped && (parts.length < 2 || parts[1].isEmpty()))) {
            throw new ModuleException("Invalid module specifier '" + specifier + "' imported from " + importer);
        }
        return scoped ? parts[0] + "/" + parts[1] : parts[0];
    }
}
