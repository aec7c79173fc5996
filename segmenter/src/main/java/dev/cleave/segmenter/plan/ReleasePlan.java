package dev.cleave.segmenter.plan;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the release contains, before anything is written: segments, procedures by FQN, registered
 * classes and resource modules. Maps are sorted so the release is the same for the same inputs.
 *
 * @param resources the resource modules' paths, sorted
 * @param exports   every procedure version by the key of its implementing export ({@code module#export})
 */
public record ReleasePlan(List<SegmentPlan> segments, SortedMap<String, Procedure> procedures,
                          SortedMap<String, RegisteredClass> classes, List<String> resources,
                          Map<String, ProcedureVersion> exports) {
    public ReleasePlan {
        segments = List.copyOf(segments);
        procedures = Collections.unmodifiableSortedMap(new TreeMap<>(procedures));
        classes = Collections.unmodifiableSortedMap(new TreeMap<>(classes));
        resources = List.copyOf(resources);
        exports = Map.copyOf(exports);
    }

    public static ReleasePlan of(List<SegmentPlan> segments, Map<String, Procedure> procedures,
                                 Map<String, RegisteredClass> classes, List<String> resources) {
        Map<String, ProcedureVersion> exports = new HashMap<>();
        procedures.values().forEach(p -> p.versions().forEach(v -> exports.put(v.key(), v)));
        return new ReleasePlan(segments, new TreeMap<>(procedures), new TreeMap<>(classes), resources, exports);
    }

    /** The procedure version implemented by export {@code export} of module {@code module}, if any. */
    public Optional<ProcedureVersion> procedureAt(String module, String export) {
        return Optional.ofNullable(exports.get(module + "#" + export));
    }

    /** The procedure that {@code version} belongs to. */
    public Procedure procedureOf(ProcedureVersion version) {
        return procedures.get(version.fqn());
    }

    public SegmentPlan segment(String name) {
        return segments.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
