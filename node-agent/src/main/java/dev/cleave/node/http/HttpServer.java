package dev.cleave.node.http;

import java.nio.file.Path;

import org.eclipse.jetty.server.handler.GracefulHandler;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;

import dev.cleave.node.config.Roles.RepositoryConfig;
import dev.cleave.node.execution.Invoker;
import dev.cleave.node.execution.ProcedureGate;

/** The node's HTTP server. */
public final class HttpServer implements AutoCloseable {
    private final Javalin app;

    /**
     * @param host       interface to listen on
     * @param port       port, 0 for any free one
     * @param bodyLimit  largest request body in bytes; larger ones get 413
     * @param gate       admits /rpc calls, or {@code null} when this node answers none
     * @param local      runs calls of this node's procedures, or {@code null} when it hosts none
     * @param remote     runs calls on other members, or {@code null} outside a cluster
     * @param health     the health checks, or {@code null} for none
     * @param assetRoot  where assets are, or {@code null} when this node serves none
     * @param joinDetails for {@code GET /cleave/cluster}: the presented trust key (or {@code null}) gives the
     *                   cluster's join details as JSON, or {@code null} to refuse (401); {@code null} outside a cluster
     */
    public HttpServer(String host, int port, long bodyLimit, ProcedureGate gate, Invoker local, Invoker remote,
                      HealthHandler health, Path assetRoot, RepositoryConfig assets,
                      java.util.function.UnaryOperator<String> joinDetails) {
        RpcHandler rpc = gate == null ? null : new RpcHandler(gate, local, remote, bodyLimit);
        AssetHandler assetHandler = assetRoot == null ? null : new AssetHandler(assetRoot, assets);
        this.app = Javalin.create(config -> {
            configure(config, host, port, bodyLimit);
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
            if (joinDetails != null) {
                config.routes.get("/cleave/cluster", ctx -> {
                    String details = joinDetails.apply(ctx.header("x-jitar-trust-key"));
                    if (details == null) {
                        ctx.status(401).result("Send the cluster's trust key in x-jitar-trust-key to join");
                    } else {
                        ctx.contentType("application/json").result(details);
                    }
                });
            }
            if (assetHandler != null) {
                config.routes.get("/", assetHandler::handle);
                config.routes.get("/<path>", assetHandler::handle);
            }
        });
    }

    /** What every node's server shares: address, body limit, virtual threads, a graceful stop. */
    private static void configure(io.javalin.config.JavalinConfig config, String host, int port, long bodyLimit) {
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = bodyLimit;
        config.jetty.host = host;
        config.jetty.port = port;
        config.concurrency.useVirtualThreads = true;
        // On stop, finish the responses in flight (up to 10 s) instead of cutting them off.
        config.jetty.modifyServer(server -> {
            server.insertHandler(new GracefulHandler());
            server.setStopTimeout(10_000);
        });
    }

    /** A server of the {@code proxy} role: every request goes on to the gateway or the repository. */
    public static HttpServer proxy(String host, int port, long bodyLimit, String gateway, String repository,
                                   java.time.Duration timeout) {
        return new HttpServer(host, port, bodyLimit,
                new ProxyHandler(java.net.URI.create(gateway), java.net.URI.create(repository), timeout));
    }

    private HttpServer(String host, int port, long bodyLimit, ProxyHandler proxy) {
        this.app = Javalin.create(config -> {
            configure(config, host, port, bodyLimit);
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
    }
}
