package dev.cleave.segmenter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.cleave.runtime.release.Manifest;
import dev.cleave.segmenter.analysis.ModuleAnalyzer;
import dev.cleave.segmenter.bundle.BrowserBundle;
import dev.cleave.segmenter.analysis.SourceFile;
import dev.cleave.segmenter.config.ProjectConfig;
import dev.cleave.segmenter.config.ResourceFile;
import dev.cleave.segmenter.config.ResourceFileLoader;
import dev.cleave.segmenter.config.SegmentFile;
import dev.cleave.segmenter.config.SegmentFileLoader;
import dev.cleave.segmenter.plan.CommonModules;
import dev.cleave.segmenter.plan.LoadedModule;
import dev.cleave.segmenter.plan.ModuleGraph;
import dev.cleave.segmenter.plan.ReleasePlan;
import dev.cleave.segmenter.plan.SegmentPlanner;
import dev.cleave.segmenter.plan.SourceTree;
import dev.cleave.segmenter.release.Release;

/**
 * Builds releases. Keep one instance for repeated builds of a project (a watch mode): module
 * analyses are cached by content, so a rebuild analyses only the files that changed and re-plans
 * the rest from memory.
 *
 * <pre>{@code
 * BuildResult result = new Segmenter().build(ProjectConfigLoader.find(Path.of(".")));
 * }</pre>
 */
public final class Segmenter {
    private final ModuleAnalyzer analyzer;

    public Segmenter() {
        this(new ModuleAnalyzer());
    }

    public Segmenter(ModuleAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Builds the release of {@code config} into its target folder; on error writes nothing. */
    public BuildResult build(ProjectConfig config) {
        long started = System.nanoTime();
        long analysedBefore = analyzer.analysedCount();
        Release release = assemble(config);
        release.writeTo(config.target(), config.display(config.target()));
        Manifest manifest = release.manifest();
        return new BuildResult(config.target(), manifest.id(), List.copyOf(manifest.segments().keySet()),
                manifest.procedures().size(), release.moduleCount(), analyzer.analysedCount() - analysedBefore,
                Duration.ofNanos(System.nanoTime() - started), release.assets().size(),
                release.assets().getOrDefault(BrowserBundle.FOLDER + "/app.js", new byte[0]).length);
    }

    /** Reads, analyses and plans the project and assembles its release in memory, writing nothing. */
    public Release assemble(ProjectConfig config) {
        List<SegmentFile> segments = SegmentFileLoader.load(config);
        List<ResourceFile> resources = ResourceFileLoader.load(config);
        ModuleGraph graph = new ModuleGraph(new SourceTree(config), analyzer);
        SegmentPlanner planner = new SegmentPlanner(graph);
        ReleasePlan plan = planner.plan(segments, resources);
        String nodeModules = NodeModules.find(config).orElse(null);
        List<String> common = CommonModules.find(graph, plan);
        SortedMap<String, byte[]> frontend = config.frontend() == null ? new TreeMap<>()
                : BrowserBundle.build(config, plan, graph, planner.resolver());
        return Release.assemble(plan, graph, planner.resolver(),
                () -> releaseId(config, segments, resources, graph, frontend), nodeModules, common, frontend);
    }

    /** The release id; the front end counts by its output, which esbuild makes the same from the same inputs. */
    private static String releaseId(ProjectConfig config, List<SegmentFile> segments, List<ResourceFile> resources,
                                    ModuleGraph graph, SortedMap<String, byte[]> frontend) {
        StringBuilder inputs = new StringBuilder("cleave-release-format ").append(Manifest.FORMAT).append('\n');
        inputs.append(config.display(config.file())).append(' ').append(hashOf(config.file())).append('\n');
        segments.forEach(s -> inputs.append(s.shown()).append(' ').append(hashOf(s.file())).append('\n'));
        resources.forEach(r -> inputs.append(r.shown()).append(' ').append(hashOf(r.file())).append('\n'));
        TreeMap<String, String> sources = new TreeMap<>();
        for (LoadedModule module : graph.loaded()) {
            sources.put(module.shown(), module.file().hash());
        }
        sources.forEach((shown, hash) -> inputs.append(shown).append(' ').append(hash).append('\n'));
        frontend.forEach((path, bytes) -> inputs.append(path).append(' ')
                .append(sha256(bytes)).append('\n'));
        return SourceFile.sha256(inputs.toString());
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String hashOf(Path file) {
        try {
            return SourceFile.sha256(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
