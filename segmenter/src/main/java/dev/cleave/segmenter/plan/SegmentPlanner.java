package dev.cleave.segmenter.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import dev.cleave.segmenter.BuildException;
import dev.cleave.segmenter.config.ExportConfig;
import dev.cleave.segmenter.config.ResourceFile;
import dev.cleave.segmenter.config.SegmentFile;

/**
 * Turns the segment and resource files into a {@link ReleasePlan}: every listed module and export
 * is found, followed to its declaration and checked, and the procedures are grouped by FQN. All
 * problems of one pass are reported together, in file order.
 */
public final class SegmentPlanner {
    private final ModuleGraph graph;
    private final ExportResolver resolver;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, List<Claim>> claims = new LinkedHashMap<>();
    private final Map<String, TreeSet<String>> members = new LinkedHashMap<>();

    public SegmentPlanner(ModuleGraph graph) {
        this.graph = graph;
        this.resolver = new ExportResolver(graph);
    }

    public ExportResolver resolver() {
        return resolver;
    }

    public ReleasePlan plan(List<SegmentFile> segments, List<ResourceFile> resources) {
        for (SegmentFile segment : segments) {
            members.put(segment.name(), new TreeSet<>());
            segment.modules().forEach((key, exports) -> entry(segment, key, exports));
        }
        List<String> resourcePaths = resources(resources);
        ProcedureGrouping grouping = new ProcedureGrouping(claims, problems);
        var procedures = grouping.procedures();
        var classes = grouping.classes();
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        List<SegmentPlan> plans = new ArrayList<>();
        for (SegmentFile segment : segments) {
            List<String> hosted = procedures.values().stream().filter(p -> p.segments().contains(segment.name()))
                    .map(Procedure::fqn).toList();
            List<String> registered = classes.values().stream().filter(c -> c.segments().contains(segment.name()))
                    .map(RegisteredClass::key).toList();
            plans.add(new SegmentPlan(segment.name(), segment.shown(), List.copyOf(members.get(segment.name())), hosted, registered));
        }
        return ReleasePlan.of(plans, procedures, classes, resourcePaths);
    }

    private void entry(SegmentFile segment, String key, Map<String, ExportConfig> exports) {
        Optional<SourceModule> source = graph.tree().entry(key);
        if (source.isEmpty()) {
            problems.add(segment.shown() + ": module '" + key + "' does not exist (looked for "
                    + graph.tree().lookedFor(graph.tree().root().resolve(key).normalize()) + ") — fix the module path in the segment file");
            return;
        }
        LoadedModule module = graph.load(source.get());
        members.get(segment.name()).add(module.path());
        exports.forEach((name, config) -> {
            Optional<ResolvedExport> resolved = resolver.resolve(module, name);
            if (resolved.isEmpty()) {
                List<String> names = resolver.exportNames(module);
                problems.add(segment.shown() + ": '" + key + "' exports no '" + name + "' (it exports: "
                        + (names.isEmpty() ? "nothing" : String.join(", ", names)) + ") — fix the export name in the segment file");
                return;
            }
            members.get(segment.name()).add(resolved.get().module().path());
            ClaimChecker.check(segment.name(), segment.shown(), key, name, config, resolved.get(), problems)
                    .ifPresent(claim -> claims.computeIfAbsent(claim.export().key(), k -> new ArrayList<>()).add(claim));
        });
    }

    private List<String> resources(List<ResourceFile> files) {
        TreeSet<String> paths = new TreeSet<>();
        for (ResourceFile file : files) {
            for (String key : file.modules()) {
                Optional<SourceModule> source = graph.tree().entry(key);
                if (source.isEmpty()) {
                    problems.add(file.shown() + ": module '" + key + "' does not exist (looked for "
                            + graph.tree().lookedFor(graph.tree().root().resolve(key).normalize()) + ") — fix the module path in the resource file");
                    continue;
                }
                String path = graph.load(source.get()).path();
                members.forEach((segment, modules) -> {
                    if (modules.contains(path)) {
                        problems.add(file.shown() + ": '" + key + "' is also a module of segment '" + segment + "' — a module is"
                                + " either shared by the node (a resource) or part of a segment; remove it from one of the files");
                    }
                });
                paths.add(path);
            }
        }
        return List.copyOf(paths);
    }
}
