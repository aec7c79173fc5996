package dev.cleave.runtime.release;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code manifest.json}: what a node needs to know about a release (docs/release-format.md). The
 * segmenter writes it; nodes read it.
 *
 * @param format      the version of this layout; readers refuse formats they do not know
 * @param id          SHA-256 of the build's inputs (project file, segment and resource files, sources)
 * @param segments    by name
 * @param procedures  by FQN
 * @param classes     registered classes by key
 * @param resources   resource modules (files {@code resources/<module>.js})
 * @param common      modules of no segment, for service files to name (files {@code common/<module>.js})
 * @param nodeModules the project's {@code node_modules} relative to the release root, or null
 */
@JsonPropertyOrder({"format", "id", "segments", "procedures", "classes", "resources", "common", "nodeModules"})
public record Manifest(int format, String id, Map<String, Segment> segments, Map<String, Procedure> procedures,
                       Map<String, RegisteredClass> classes, List<String> resources, List<String> common,
                       String nodeModules) {
    public static final int FORMAT = 1;

    public Manifest {
        segments = segments == null ? Map.of() : segments;
        procedures = procedures == null ? Map.of() : procedures;
        classes = classes == null ? Map.of() : classes;
        resources = resources == null ? List.of() : resources;
        common = common == null ? List.of() : common;
    }

    /**
     * @param modules    the segment's own modules (files {@code segments/<name>/<module>.js})
     * @param shared     shared modules copied into the segment
     * @param remotes    modules of other segments that have a remote module here
     *                   ({@code segments/<name>/__remote__/<module>.js})
     * @param procedures FQNs hosted by the segment
     * @param classes    keys of the classes it registers
     */
    public record Segment(List<String> modules, List<String> shared, List<String> remotes, List<String> procedures,
                          List<String> classes) {}

    /** @param segments the segments that host every version */
    public record Procedure(List<String> segments, List<ProcedureVersion> versions) {}

    /**
     * @param module the module path inside each hosting segment's folder
     * @param export the export of that module to call
     * @param idempotent {@code true} when the segment file declares it idempotent; left out otherwise
     */
    public record ProcedureVersion(String version, String access, String module, String export, List<Parameter> parameters,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) Boolean idempotent) {}

    /** Flags and keys are left out when false or empty. */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public record Parameter(String name, boolean optional, boolean rest, String pattern, List<String> keys) {}

    /** @param parameters the constructor's parameter names */
    public record RegisteredClass(String module, String export, List<String> segments, List<String> parameters) {}
}
