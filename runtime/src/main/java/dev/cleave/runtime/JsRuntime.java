package dev.cleave.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.cleave.runtime.engine.ContextSetup;
import dev.cleave.runtime.engine.ExportCall;
import dev.cleave.runtime.engine.LoopCall;
import dev.cleave.runtime.engine.LoopGroup;
import dev.cleave.runtime.engine.ModuleImporter;
import dev.cleave.runtime.engine.SharedEngine;
import dev.cleave.runtime.modules.ModuleResolver;
import dev.cleave.runtime.webapi.WebApis;

/**
 * Runs the JavaScript modules under one folder on N event loops that share one GraalJS engine.
 *
 * <pre>{@code
 * try (JsRuntime runtime = JsRuntime.create(RuntimeConfig.of(Path.of("dist")))) {
 *     Object greeting = runtime.invoke(Invocation.of("greetings/sayHi", "default", "Ada")).join();
 * }
 * }</pre>
 */
public final class JsRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JsRuntime.class);

    private final RuntimeConfig config;
    private final ModuleImporter importer;
    private final LoopGroup loops;

    private JsRuntime(RuntimeConfig config, List<ContextSetup> extraSetups) {
        this.config = config;
        ModuleResolver resolver = new ModuleResolver(config.root(), config.packages());
        this.importer = new ModuleImporter(resolver);
        List<ContextSetup> setups = new ArrayList<>(WebApis.standard(config.callTimeout()));
        setups.addAll(extraSetups);
        this.loops = new LoopGroup(config.loops(), resolver, setups, config.callTimeout(), config.queueLimit());
        LOG.debug("runtime started root={} loops={} engine={}", config.root(), loops.size(), engineName());
    }

    /** Starts a runtime: its event loops are ready when this returns. */
    public static JsRuntime create(RuntimeConfig config) {
        return new JsRuntime(config, List.of());
    }

    /**
     * Starts a runtime whose contexts also get {@code extraSetups}, installed after the web APIs
     * and before any application code runs (host functions of the node, for example).
     */
    public static JsRuntime create(RuntimeConfig config, List<ContextSetup> extraSetups) {
        return new JsRuntime(config, List.copyOf(extraSetups));
    }

    /**
     * Calls an exported function. The future completes with the (awaited) result as plain Java
     * data, or with a {@link dev.cleave.runtime.errors.CallException}.
     */
    public CompletableFuture<Object> invoke(Invocation invocation) {
        ExportCall call = new ExportCall(importer, invocation.module(), invocation.export(), invocation.args());
        return loops.submit(call, timeoutOf(invocation.timeout()), invocation.segment(), "call of " + invocation);
    }

    /** Runs custom work on a loop, for callers that convert values themselves (the RPC layer). */
    public <T> CompletableFuture<T> submit(LoopCall<T> call, Duration timeout, String segment, String description) {
        return loops.submit(call, timeoutOf(timeout), segment, description);
    }

    /** Imports {@code modules} on every loop, so that the first calls do not pay for loading. */
    public void preload(List<String> modules) {
        for (String module : modules) {
            onEveryLoop(importer.importing(module), "preload of " + module);
        }
    }

    /** Runs {@code call} on every loop, one after the other, and waits for each. */
    public void onEveryLoop(LoopCall<?> call, String description) {
        for (int i = 0; i < loops.size(); i++) {
            loops.submitTo(i, call, config.callTimeout(), description + " on loop " + i).join();
        }
    }

    /** Runs {@code call} on the first loop only; for work done once per node, such as setUp modules. */
    public <T> CompletableFuture<T> onFirstLoop(LoopCall<T> call, String description) {
        return loops.submitTo(0, call, config.callTimeout(), description);
    }

    public ModuleImporter importer() {
        return importer;
    }

    public RuntimeConfig config() {
        return config;
    }

    public int loopCount() {
        return loops.size();
    }

    /** The GraalJS engine's name: {@code GraalVM CE} with the JIT, {@code Interpreted} without. */
    public String engineName() {
        return SharedEngine.implementationName();
    }

    private Duration timeoutOf(Duration timeout) {
        return timeout == null ? config.callTimeout() : timeout;
    }

    @Override
    public void close() {
        loops.close();
    }
}
