package dev.cleave.segmenter.release;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

import dev.cleave.runtime.release.Manifest;
import dev.cleave.segmenter.plan.ExportResolver;
import dev.cleave.segmenter.plan.LoadedModule;
import dev.cleave.segmenter.plan.ModuleGraph;
import dev.cleave.segmenter.plan.ReleasePlan;
import dev.cleave.segmenter.plan.SegmentPlan;

/**
 * A release assembled in memory: every file by its path relative to the release root, and the
 * manifest. {@link #writeTo} puts it on disk in one step.
 */
public record Release(SortedMap<String, String> files, Manifest manifest) {
    public Release {
        files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /**
     * Assembles the release of {@code plan}: one tree per segment, the resource tree, the manifest.
     *
     * @param id gives the release id once every module of the release has been loaded into {@code graph}
     */
    public static Release assemble(ReleasePlan plan, ModuleGraph graph, ExportResolver resolver, Supplier<String> id,
                                   String nodeModules, List<String> common) {
        Map<String, String> files = new TreeMap<>();
        Map<String, TreeContent> trees = new LinkedHashMap<>();
        for (SegmentPlan segment : plan.segments()) {
            Tree tree = new Tree(ReleasePaths.segmentRoot(segment.name()), java.util.Set.copyOf(segment.members()),
                    "segment '" + segment.name() + "'", true);
            TreeContent content = new TreeAssembler(plan, graph, resolver, tree).assemble(modules(graph, segment.members()));
            trees.put(segment.name(), content);
            files.putAll(content.files());
        }
        if (!plan.resources().isEmpty()) {
            Tree tree = new Tree(ReleasePaths.resourceRoot(), java.util.Set.copyOf(plan.resources()), "the node's resources", false);
            files.putAll(new TreeAssembler(plan, graph, resolver, tree).assemble(modules(graph, plan.resources())).files());
        }
        if (!common.isEmpty()) {
            Tree tree = new Tree(ReleasePaths.commonRoot(), java.util.Set.copyOf(common), "code outside the segments", true);
            files.putAll(new TreeAssembler(plan, graph, resolver, tree).assemble(modules(graph, common)).files());
        }
        Manifest manifest = ManifestBuilder.build(id.get(), plan, trees, nodeModules, common);
        files.put(ReleasePaths.MANIFEST, ManifestBuilder.json(manifest));
        return new Release(new TreeMap<>(files), manifest);
    }

    private static List<LoadedModule> modules(ModuleGraph graph, List<String> paths) {
        Map<String, LoadedModule> byPath = new LinkedHashMap<>();
        graph.loaded().forEach(m -> byPath.put(m.path(), m));
        List<LoadedModule> modules = new ArrayList<>();
        for (String path : paths) {
            modules.add(byPath.get(path));
        }
        return modules;
    }

    /** Writes the release to {@code target}, replacing an earlier release there. */
    public void writeTo(Path target, String shownTarget) {
        ReleaseWriter.write(target, shownTarget, files);
    }

    /** The number of JavaScript files in the release. */
    public int moduleCount() {
        return (int) files.keySet().stream().filter(f -> f.endsWith(".js")).count();
    }
}
