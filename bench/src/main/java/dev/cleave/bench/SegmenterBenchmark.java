package dev.cleave.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.cleave.segmenter.BuildResult;
import dev.cleave.segmenter.Segmenter;
import dev.cleave.segmenter.config.ProjectConfig;
import dev.cleave.segmenter.config.ProjectConfigLoader;

/**
 * A build of a generated project ({@link ProjectGenerator}, 500 modules by default):
 * {@code fullBuild} with an empty analysis cache (what {@code ./cleave build} does), and
 * {@code incrementalRebuild} after one module changed, with the analyses of the others kept (what
 * a watch mode does). Both write the whole release; {@code incrementalAssemble} leaves out the
 * disk writes, to show what they cost.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SegmenterBenchmark {
    @Param({"500"})
    int modules;

    private Path root;
    private ProjectConfig config;
    private Segmenter warm;
    private String original;
    private int edits;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        root = Files.createTempDirectory("cleave-bench-project-");
        ProjectGenerator.write(root, modules);
        config = ProjectConfigLoader.find(root);
        original = Files.readString(ProjectGenerator.editedModule(root));
        warm = new Segmenter();
        BuildResult first = warm.build(config);
        if (first.analysed() < modules * 9 / 10) {
            throw new IllegalStateException("the generated project reached only " + first.analysed() + " modules");
        }
    }

    /** Changes one module before each incremental call (the others stay as they are). */
    @Setup(Level.Invocation)
    public void editOneModule() throws IOException {
        edits++;
        Files.writeString(ProjectGenerator.editedModule(root), original.replace("'item'", "'item " + edits + "'"));
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Benchmark
    public BuildResult fullBuild() {
        return new Segmenter().build(config);
    }

    @Benchmark
    public BuildResult incrementalRebuild() {
        BuildResult result = warm.build(config);
        if (result.analysed() != 1) {
            throw new IllegalStateException("an incremental rebuild analysed " + result.analysed() + " files, not 1");
        }
        return result;
    }

    @Benchmark
    public Object incrementalAssemble() {
        return warm.assemble(config);
    }
}
