package dev.cleave.node.config;

import java.net.URI;
import java.util.List;

import dev.cleave.node.config.Roles.GatewayConfig;
import dev.cleave.node.config.Roles.ProxyConfig;
import dev.cleave.node.config.Roles.RemoteWorkerConfig;
import dev.cleave.node.config.Roles.RepositoryConfig;
import dev.cleave.node.config.Roles.StandaloneConfig;
import dev.cleave.node.config.Roles.WorkerConfig;

/**
 * A service file: how one process runs. Read by {@link ServiceConfigLoader}, which checks that
 * exactly one role section is present.
 *
 * @param url          where the node is reached, e.g. {@code http://127.0.0.1:3000}; the port comes from it
 * @param setUp        modules imported once before the node serves; default none
 * @param tearDown     modules imported once after it stops serving; default none
 * @param middleware   server middleware modules, outermost first; default none
 * @param healthChecks health check modules; default none
 * @param cluster      Cleave: how the node joins its cluster; {@code null} when absent
 * @param state        Cleave: where the state of the built-in state modules is kept; defaults when absent
 * @param allowedOrigins Cleave: origins besides the node's own whose pages may call {@code /rpc} (CORS); default none
 * @param contentSecurityPolicy Cleave: the Content-Security-Policy of the assets; default: own origin only
 */
public record ServiceConfig(String url, List<String> setUp, List<String> tearDown, List<String> middleware,
                            List<String> healthChecks, RemoteWorkerConfig remoteWorker, StandaloneConfig standalone,
                            WorkerConfig worker, GatewayConfig gateway, RepositoryConfig repository, ProxyConfig proxy,
                            ClusterConfig cluster, StateConfig state, List<String> allowedOrigins,
                            String contentSecurityPolicy) {

    public ServiceConfig {
        setUp = setUp == null ? List.of() : List.copyOf(setUp);
        tearDown = tearDown == null ? List.of() : List.copyOf(tearDown);
        middleware = middleware == null ? List.of() : List.copyOf(middleware);
        healthChecks = healthChecks == null ? List.of() : List.copyOf(healthChecks);
        state = state == null ? StateConfig.DEFAULT : state;
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }

    /** The role whose section is present. */
    public Role role() {
        if (standalone != null) {
            return Role.STANDALONE;
        }
        if (worker != null) {
            return Role.WORKER;
        }
        if (gateway != null) {
            return Role.GATEWAY;
        }
        if (repository != null) {
            return Role.REPOSITORY;
        }
        return Role.PROXY;
    }

    /** The trust key of the role's section, or {@code null} (a repository or proxy has none). */
    public String trustKey() {
        return switch (role()) {
            case STANDALONE -> standalone.trustKey();
            case WORKER -> worker.trustKey();
            case GATEWAY -> gateway.trustKey();
            case REPOSITORY, PROXY -> null;
        };
    }

    /** The port of {@link #url}. */
    public int port() {
        return URI.create(url).getPort();
    }
}
