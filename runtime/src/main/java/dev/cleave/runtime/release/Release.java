package dev.cleave.runtime.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.cleave.runtime.execution.Access;
import dev.cleave.runtime.execution.Implementation;
import dev.cleave.runtime.execution.Parameter;
import dev.cleave.runtime.execution.ProcedureCatalog;
import dev.cleave.runtime.execution.RegisteredClass;
import dev.cleave.runtime.execution.Version;

/** A built release on disk: its folder and its manifest. */
public record Release(Path root, Manifest manifest) {
    public static final String MANIFEST = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * Reads the release in {@code root}.
     *
     * @throws ReleaseException naming the folder and what to do
     */
    public static Release read(Path root) {
        Path file = root.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new ReleaseException("no release in " + root + " (" + MANIFEST + " is missing) — build it with ./cleave build");
        }
        Manifest manifest;
        try {
            manifest = JSON.readValue(file.toFile(), Manifest.class);
        } catch (IOException e) {
            throw new ReleaseException(file + " cannot be read (" + e.getMessage().lines().findFirst().orElse("")
                    + ") — rebuild the release with ./cleave build");
        }
        if (manifest.format() != Manifest.FORMAT) {
            throw new ReleaseException(file + " has format " + manifest.format() + ", this Cleave reads format "
                    + Manifest.FORMAT + " — rebuild the release with this version's ./cleave build");
        }
        return new Release(root.toAbsolutePath().normalize(), manifest);
    }

    public String id() {
        return manifest.id();
    }

    /** The segment names, in manifest order. */
    public List<String> segments() {
        return List.copyOf(manifest.segments().keySet());
    }

    /** Checks that every name is a segment of this release. */
    public void requireSegments(Collection<String> names) {
        for (String name : names) {
            if (!manifest.segments().containsKey(name)) {
                throw new ReleaseException("segment '" + name + "' is not in the release (it has: "
                        + String.join(", ", segments()) + ") — fix the service file or add segments/" + name + ".json");
            }
        }
    }

    /** The folder of the project's node_modules, if the release points at one that exists. */
    public Optional<Path> packages() {
        return Optional.ofNullable(manifest.nodeModules()).map(p -> root.resolve(p).normalize()).filter(Files::isDirectory);
    }

    /** The segments of this release that hold a version of {@code fqn} callable from outside (not private). */
    public List<String> segmentsOf(String fqn) {
        Manifest.Procedure procedure = manifest.procedures().get(fqn);
        if (procedure == null
                || procedure.versions().stream().allMatch(version -> Access.parse(version.access()) == Access.PRIVATE)) {
            return List.of();
        }
        return List.copyOf(procedure.segments());
    }

    /** The procedures that the given segments host on one node, and the classes of the whole release. */
    public ProcedureCatalog catalog(Collection<String> hosted) {
        requireSegments(hosted);
        List<Implementation> implementations = new ArrayList<>();
        for (Map.Entry<String, Manifest.Procedure> entry : manifest.procedures().entrySet()) {
            Optional<String> segment = entry.getValue().segments().stream().filter(hosted::contains).findFirst();
            if (segment.isEmpty()) {
                continue;
            }
            for (Manifest.ProcedureVersion version : entry.getValue().versions()) {
                implementations.add(new Implementation(entry.getKey(), Version.parse(version.version()),
                        Access.parse(version.access()), segment.get(), modulePath(segment.get(), version.module()),
                        version.export(), version.parameters().stream().map(Release::parameter).toList(),
                        Boolean.TRUE.equals(version.idempotent())));
            }
        }
        // Every class of the release, not only those of the hosted segments: an instance returned by a
        // procedure of another node is rebuilt here. A class of a segment not hosted loads from that segment.
        List<RegisteredClass> classes = new ArrayList<>();
        manifest.classes().forEach((key, registered) -> registered.segments().stream().filter(hosted::contains).findFirst()
                .or(() -> registered.segments().stream().findFirst())
                .ifPresent(segment -> classes.add(new RegisteredClass(key, modulePath(segment, registered.module()),
                        registered.export(), registered.parameters()))));
        return new ProcedureCatalog(implementations, classes);
    }

    /** A module of a segment as a module path of the release root. */
    public static String modulePath(String segment, String module) {
        return "segments/" + segment + "/" + module;
    }

    private static Parameter parameter(Manifest.Parameter p) {
        return new Parameter(p.name(), p.optional(), p.rest(), p.pattern(), p.keys());
    }
}
