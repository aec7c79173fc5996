package dev.cleave.segmenter.config;

import dev.cleave.runtime.execution.Version;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;

import dev.cleave.segmenter.BuildException;

/** Reads every {@code <name>.json} of the segments folder, sorted by name, and checks the values. */
public final class SegmentFileLoader {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final String EXPECTED = "an object of module paths to exports, e.g."
            + " { \"./post/getPost\": { \"default\": { \"access\": \"public\", \"version\": \"1.0.0\" } } }";

    private SegmentFileLoader() {}

    /** An export's settings as written; {@code as} is the alias. */
    record RawExport(String access, String version, @JsonProperty("as") String as, Boolean idempotent) {}

    public static List<SegmentFile> load(ProjectConfig config) {
        List<SegmentFile> files = new ArrayList<>();
        for (Path file : jsonFiles(config.segments())) {
            files.add(read(config, file));
        }
        if (files.isEmpty()) {
            throw new BuildException(config.display(config.segments()) + ": no segment files — add one <segment>.json per"
                    + " segment, e.g. " + config.display(config.segments()) + "/default.json with"
                    + " { \"./greetings\": { \"sayHi\": { \"access\": \"public\" } } }");
        }
        return files;
    }

    static SegmentFile read(ProjectConfig config, Path file) {
        String shown = config.display(file);
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".json".length());
        if (!NAME.matcher(name).matches()) {
            throw new BuildException(shown + ": '" + name + "' is not a usable segment name — rename the file to letters,"
                    + " digits, '-' and '_' (the file name is the segment name)");
        }
        Map<String, Map<String, RawExport>> raw = StrictJson.read(file, shown,
                new TypeReference<Map<String, Map<String, RawExport>>>() {}, EXPECTED);
        Map<String, Map<String, ExportConfig>> modules = new LinkedHashMap<>();
        raw.forEach((module, exports) -> {
            if (exports == null) {
                throw new BuildException(shown + ": '" + module + "' is null — list its exports, e.g. { \"default\": {} }");
            }
            Map<String, ExportConfig> checked = new LinkedHashMap<>();
            exports.forEach((export, settings) -> checked.put(export, check(shown, module, export, settings)));
            modules.put(module, checked);
        });
        return new SegmentFile(name, file, shown, modules);
    }

    private static ExportConfig check(String shown, String module, String export, RawExport raw) {
        if (raw == null) {
            return new ExportConfig(null, null, null, false);
        }
        String where = shown + ": '" + module + "' export '" + export + "'";
        Access access = null;
        if (raw.access() != null) {
            access = Access.parse(raw.access()).orElseThrow(() -> new BuildException(where + " has access '" + raw.access()
                    + "' — use public, protected or private"));
        }
        Version version = null;
        if (raw.version() != null) {
            try {
                version = Version.parse(raw.version());
            } catch (IllegalArgumentException e) {
                throw new BuildException(where + " has version '" + raw.version()
                        + "' — write major[.minor[.patch]] with whole numbers, e.g. \"1.2.0\"");
            }
        }
        if (raw.as() != null && !Names.isIdentifier(raw.as())) {
            throw new BuildException(where + " has alias '" + raw.as() + "' — \"as\" must be a JavaScript identifier,"
                    + " it becomes the last part of the procedure name");
        }
        return new ExportConfig(access, version, raw.as(), Boolean.TRUE.equals(raw.idempotent()));
    }

    /** The {@code *.json} files directly in {@code folder}, sorted by name; none if it does not exist. */
    static List<Path> jsonFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
