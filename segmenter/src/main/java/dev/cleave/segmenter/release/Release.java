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
 *
 * @param files  the text files: modules and the manifest
 * @param assets files kept as bytes: the browser bundle and the front end's files ({@code webui/})
 */
public record Release(SortedMap<String, String> files, SortedMap<String, byte[]> assets, Manifest manifest) {
    public Release {
        files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
        assets = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(assets));
        for (String path : assets.keySet()) {
            if (files.containsKey(path)) {
                throw new IllegalArgumentException("release file " + path + " is both a module and an asset");
            }
        }
    }

    /**
     * Assembles the release of {@code plan}: one tree per segment, the resource tree, the manifest.
     *
     * @param id     gives the release id once every module of the release has been loaded into {@code graph}
     * @param assets files the release holds as they are (the browser bundle)
     */
    public static Release assemble(ReleasePlan plan, ModuleGraph graph, ExportResolver resolver, Supplier<String> id,
                                   String nodeModules, List<String> common, SortedMap<String, byte[]> assets) {
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
        return new Release(new TreeMap<>(files), assets, manifest);
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
        Map<String, byte[]> bytes = new TreeMap<>(assets);
        files.forEach((path, text) -> bytes.put(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ReleaseWriter.write(target, shownTarget, bytes);
    }

    /** The number of JavaScript files in the release. */
    public int moduleCount() {
        return (int) files.keySet().stream().filter(f -> f.endsWith(".js")).count();
    }
}
