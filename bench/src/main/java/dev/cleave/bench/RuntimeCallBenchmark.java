package dev.cleave.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.cleave.runtime.Invocation;
import dev.cleave.runtime.JsRuntime;
import dev.cleave.runtime.RuntimeConfig;

/**
 * Calls per second of a trivial async export through {@link JsRuntime#invoke}, with 1 event loop
 * and with one per core. {@code concurrent} keeps {@value #IN_FLIGHT} calls in flight (throughput);
 * {@code sequential} waits for each call before the next (latency of one call, thread hops included).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RuntimeCallBenchmark {
    static final int IN_FLIGHT = 256;

    /** Event loops: 1, and 0 meaning one per available core. */
    @Param({"1", "0"})
    int loops;

    private JsRuntime runtime;
    private Invocation echo;

    @Setup(Level.Trial)
    public void start() throws URISyntaxException {
        Path app = Path.of(RuntimeCallBenchmark.class.getResource("/apps/trivial").toURI());
        runtime = JsRuntime.create(RuntimeConfig.of(app).withLoops(loops));
        if ("Interpreted".equals(runtime.engineName())) {
            throw new IllegalStateException("GraalJS runs without its JIT; run benchmarks through ./cleave bench");
        }
        echo = Invocation.of("echo", "echo", 1);
        runtime.preload(java.util.List.of("echo"));
    }

    @TearDown(Level.Trial)
    public void stop() {
        runtime.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OperationsPerInvocation(IN_FLIGHT)
    public void concurrent() {
        CompletableFuture<?>[] calls = new CompletableFuture<?>[IN_FLIGHT];
        for (int i = 0; i < IN_FLIGHT; i++) {
            calls[i] = runtime.invoke(echo);
        }
        CompletableFuture.allOf(calls).join();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    public Object sequential() {
        return runtime.invoke(echo).join();
    }
}
