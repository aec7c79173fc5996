package dev.cleave.node.http;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;

import dev.cleave.node.config.Roles.RepositoryConfig;
import dev.cleave.node.execution.Invoker;
import dev.cleave.node.execution.ProcedureGate;

/** The node's HTTP server. */
public final class HttpServer implements AutoCloseable {
    private final Javalin app;
    private final HeadDeadline heads = new HeadDeadline();

    /**
     * @param host        interface to listen on
     * @param port        port, 0 for any free one
     * @param bodyLimit   largest request body in bytes; larger ones get 413
     * @param gate        admits /rpc calls, or {@code null} when this node answers none
     * @param local       runs calls of this node's procedures, or {@code null} when it hosts none
     * @param remote      runs calls on other members, or {@code null} outside a cluster
     * @param health      the health checks, or {@code null} for none
     * @param assetRoot   where assets are, or {@code null} when this node serves none
     * @param policy      allowed origins and the assets' Content-Security-Policy
     * @param joinDetails for {@code GET /cleave/cluster}: the cluster's join details as JSON, given to the callers
     *                    {@link ClusterHandler} admits; {@code null} outside a cluster
     */
    public HttpServer(String host, int port, long bodyLimit, ProcedureGate gate, Invoker local, Invoker remote,
                      HealthHandler health, Path assetRoot, RepositoryConfig assets, BrowserPolicy policy,
                      Supplier<String> joinDetails) {
        RpcHandler rpc = gate == null ? null : new RpcHandler(gate, local, remote, bodyLimit, policy);
        AssetHandler assetHandler = assetRoot == null ? null : new AssetHandler(assetRoot, assets, policy);
        ClusterHandler cluster = joinDetails == null ? null : new ClusterHandler(gate, joinDetails);
        this.app = Javalin.create(config -> {
            configure(config, host, port, bodyLimit, heads);
            if (rpc != null) {
                for (HandlerType method : new HandlerType[] {HandlerType.GET, HandlerType.POST, HandlerType.OPTIONS}) {
                    config.routes.addHttpHandler(method, RpcHandler.PREFIX + "<fqn>", rpc::handle);
                }
            }
            if (health != null) {
                config.routes.get("/health", health::all);
                config.routes.get("/health/status", health::status);
                config.routes.get("/health/ready", health::ready);
            }
            if (cluster != null) {
                config.routes.get(ClusterHandler.PATH, cluster::handle);
            }
            if (assetHandler != null) {
                config.routes.get("/", assetHandler::handle);
                config.routes.get("/<path>", assetHandler::handle);
            }
        });
    }

    /**
     * What every node's server shares: address, body limit, virtual threads, a graceful stop, the
     * request head deadline, and 400 for a request whose URL has a bad percent escape.
     */
    private static void configure(JavalinConfig config, String host, int port, long bodyLimit, HeadDeadline heads) {
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = bodyLimit;
        config.jetty.host = host;
        config.jetty.port = port;
        config.concurrency.useVirtualThreads = true;
        config.routes.before(UrlCheck::check);
        config.jetty.modifyServer(server -> {
            // On stop, finish the responses in flight (up to 10 s) instead of cutting them off.
            server.insertHandler(new GracefulHandler());
            server.setStopTimeout(10_000);
            // Javalin adds its connector after this; it is there once the server starts.
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    for (Connector connector : server.getConnectors()) {
                        connector.addEventListener(heads);
                    }
                }
            });
        });
    }

    /** A server of the {@code proxy} role: every request goes on to the gateway or the repository. */
    public static HttpServer proxy(String host, int port, long bodyLimit, String gateway, String repository,
                                   Duration timeout) {
        return new HttpServer(host, port, bodyLimit, new ProxyHandler(URI.create(gateway), URI.create(repository), timeout));
    }

    private HttpServer(String host, int port, long bodyLimit, ProxyHandler proxy) {
        this.app = Javalin.create(config -> {
            configure(config, host, port, bodyLimit, heads);
            for (HandlerType method : new HandlerType[] {HandlerType.GET, HandlerType.POST, HandlerType.PUT,
                    HandlerType.PATCH, HandlerType.DELETE, HandlerType.OPTIONS}) {
                config.routes.addHttpHandler(method, "/", proxy::handle);
                config.routes.addHttpHandler(method, "/<path>", proxy::handle);
            }
        });
    }

    public HttpServer start() {
        app.start();
        return this;
    }

    /** The port the server listens on (the chosen one when started with 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        heads.close();
    }
}
