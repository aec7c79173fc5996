package dev.cleave.node;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.cleave.node.cli.StartOptions;
import dev.cleave.node.cluster.ClusterMember;
import dev.cleave.node.cluster.GatewayJoin;
import dev.cleave.node.config.ConfigException;
import dev.cleave.node.config.EnvFile;
import dev.cleave.node.config.Roles.RepositoryConfig;
import dev.cleave.node.config.ServiceConfig;
import dev.cleave.node.config.ServiceConfigLoader;
import dev.cleave.node.execution.LocalInvoker;
import dev.cleave.node.execution.ProcedureGate;
import dev.cleave.node.http.BrowserPolicy;
import dev.cleave.node.http.HealthHandler;
import dev.cleave.node.http.HttpServer;
import dev.cleave.node.state.NodeState;
import dev.cleave.runtime.JsRuntime;
import dev.cleave.runtime.RuntimeConfig;
import dev.cleave.runtime.engine.EventDelivery;
import dev.cleave.runtime.engine.HealthCheckCall;
import dev.cleave.runtime.engine.StateApi;
import dev.cleave.runtime.execution.ProcedureCatalog;
import dev.cleave.runtime.release.Release;

/**
 * A running node, wired by hand from its service file: the runtime with the node's segments, the
 * HTTP server, health checks, setUp/tearDown, and a graceful stop on SIGTERM or SIGINT.
 */
public final class NodeAgent {
    private static final Logger LOG = LoggerFactory.getLogger(NodeAgent.class);
    private static final long HEALTH_TIMEOUT_MILLIS = 5_000;

    private final ServiceConfig config;
    private final NodePlan plan;
    private final JsRuntime runtime;
    private final LocalInvoker invoker;
    private final HttpServer server;
    private final ClusterMember cluster;
    private final NodeState state;
    private final Duration callTimeout;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private NodeAgent(ServiceConfig config, NodePlan plan, StartOptions options) {
        this.config = config;
        this.plan = plan;
        this.callTimeout = options.callTimeout();
        Release release = plan.release();
        this.state = plan.clustered() ? NodeState.clustered(config.state(), release.id(),
                plan.cluster() == null ? 1 : plan.cluster().minimumMembers(), plan.trustKey())
                : plan.runsCode() ? NodeState.standalone(config.state(), release.id()) : null;
        this.cluster = plan.clustered() ? new ClusterMember(plan.joinVia() == null ? plan.cluster()
                : GatewayJoin.fetch(plan.joinVia(), plan.trustKey()), release.id(), options.callTimeout(), plan.trustKey(),
                        List.of(state))
                : null;
        ProcedureCatalog catalog = plan.runsCode() ? release.catalog(plan.segments()) : null;
        if (plan.runsCode()) {
            RuntimeConfig runtimeConfig = RuntimeConfig.of(release.root()).withLoops(options.loops())
                    .withCallTimeout(options.callTimeout()).withPackages(release.packages().stream().toList())
                    .withQueueLimit(options.queueLimit());
            this.runtime = JsRuntime.create(runtimeConfig, List.of(new StateApi(state.bindings())));
            this.invoker = new LocalInvoker(runtime, catalog, NodePlan.commonModules(config.middleware()), options.callTimeout(),
                    cluster == null ? null : cluster.remote());
            invoker.load();
            for (String module : NodePlan.commonModules(config.setUp())) {
                runtime.onFirstLoop(runtime.importer().importing(module), "setUp module " + module).join();
            }
        } else {
            this.runtime = null;
            this.invoker = null;
        }
        URI url = URI.create(config.url());
        if (cluster != null) {
            cluster.join(config.url(), release.id(), plan.segments(),
                    catalog == null ? List.of() : catalog.implementations(), catalog, invoker);
        }
        if (runtime != null) {
            state.startEvents(plan.segments(), (segment, topic, event, meta) -> runtime.submit(
                    new EventDelivery(runtime.importer(), segment, topic, event, meta), options.callTimeout(), segment,
                    "event '" + topic + "' for segment " + segment), options.callTimeout().plusSeconds(5));
        }
        ProcedureGate gate = invoker == null && cluster == null ? null
                : new ProcedureGate(catalog, cluster == null ? null : cluster.directory(), release::segmentsOf,
                        plan.trustKey());
        RepositoryConfig assets = plan.assets();
        Path assetRoot = assets == null ? null
                : assets.assetRoot() == null ? release.root() : Path.of(assets.assetRoot()).toAbsolutePath();
        this.server = config.proxy() != null
                ? HttpServer.proxy(bindHost(url.getHost()), url.getPort(), options.bodyLimit(), config.proxy().gateway(),
                        config.proxy().repository(), options.callTimeout().plusSeconds(5)).start()
                : new HttpServer(bindHost(url.getHost()), url.getPort(), options.bodyLimit(), gate, invoker,
                cluster == null ? null : cluster.remote(), new HealthHandler(this::health), assetRoot, assets,
                new BrowserPolicy(config.allowedOrigins(), config.contentSecurityPolicy()),
                cluster == null ? null : cluster::joinDetails).start();
    }

    /**
     * Starts the node described by {@code options}, serving {@code releaseRoot}.
     *
     * @throws ConfigException or {@link dev.cleave.runtime.release.ReleaseException} with a message for people
     */
    public static NodeAgent start(StartOptions options, Path releaseRoot) {
        return start(options, releaseRoot, false);
    }

    /** As {@link #start(StartOptions, Path)}; with {@code handleSignals}, SIGTERM and SIGINT stop the node gracefully. */
    public static NodeAgent start(StartOptions options, Path releaseRoot, boolean handleSignals) {
        long started = System.nanoTime();
        Map<String, String> envFile = options.envFile() == null ? Map.of() : EnvFile.read(options.envFile());
        ServiceConfig config = new ServiceConfigLoader(System.getenv(), envFile).load(options.service());
        NodePlan plan = NodePlan.of(config, options.service(), Release.read(releaseRoot));
        NodeAgent node = new NodeAgent(config, plan, options);
        if (handleSignals) {
            node.installSignalHandlers();
        }
        LOG.info("node started role={} segments={} url={} cluster={} engine={} release={} in {} ms", config.role().key(),
                plan.segments(), config.url(), node.cluster == null ? "none" : node.cluster.members() + " members",
                node.engine(), plan.release().id().substring(0, 12),
                (System.nanoTime() - started) / 1_000_000);
        return node;
    }

    /** The port the node listens on. */
    public int port() {
        return server.port();
    }

    private String engine() {
        if (runtime == null) {
            return "none";
        }
        String name = runtime.engineName();
        return "Interpreted".equals(name) ? name + " (no JIT: slow)" : name + " (JIT)";
    }

    private CompletableFuture<Map<String, Boolean>> health() {
        if (runtime == null || config.healthChecks().isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        List<CompletableFuture<Map.Entry<String, Boolean>>> checks = new ArrayList<>();
        for (String module : NodePlan.commonModules(config.healthChecks())) {
            checks.add(runtime.submit(new HealthCheckCall(runtime.importer(), module, HEALTH_TIMEOUT_MILLIS),
                    Duration.ofMillis(HEALTH_TIMEOUT_MILLIS * 2), null, "health check " + module)
                    .exceptionally(error -> {
                        LOG.warn("health check {} failed: {}", module, error.getMessage());
                        return Map.entry(module, false);
                    }));
        }
        return CompletableFuture.allOf(checks.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<String, Boolean> results = new LinkedHashMap<>();
            checks.forEach(check -> results.put(check.join().getKey(), check.join().getValue()));
            return results;
        });
    }

    @SuppressWarnings("sunapi") // the JDK's only way to handle SIGTERM/SIGINT without dying with exit code 143
    private void installSignalHandlers() {
        for (String signal : new String[] {"TERM", "INT"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), received -> Thread.ofPlatform().name("cleave-stop")
                    .start(() -> stop("SIG" + received.getName())));
        }
    }

    /** Drains calls in flight, runs tearDown modules, and closes everything; safe to call twice. */
    public synchronized void stop(String reason) {
        if (stopped.getCount() == 0) {
            return;
        }
        LOG.info("node stopping ({}): draining {} call(s) in flight", reason, invoker == null ? 0 : invoker.inFlight());
        if (invoker != null && !invoker.drain(callTimeout)) {
            LOG.warn("node stopping: {} call(s) still running after {} ms", invoker.inFlight(), callTimeout.toMillis());
        }
        if (state != null) {
            state.stopEvents();
        }
        if (cluster != null) {
            cluster.close();
        }
        server.close();
        if (runtime != null) {
            for (String module : NodePlan.commonModules(config.tearDown())) {
                try {
                    runtime.onFirstLoop(runtime.importer().importing(module), "tearDown module " + module).join();
                } catch (RuntimeException e) {
                    LOG.error("tearDown module {} failed: {}", module, e.getMessage());
                }
            }
            runtime.close();
        }
        if (state != null) {
            state.close();
        }
        LOG.info("node stopped");
        stopped.countDown();
    }

    /** Blocks until the node has stopped. */
    public void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String bindHost(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress() ? host : "0.0.0.0";
        } catch (UnknownHostException e) {
            return "0.0.0.0";
        }
    }
}
