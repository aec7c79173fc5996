package dev.cleave.node.config;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The role sections of a service file; exactly one is present. */
public final class Roles {
    private Roles() {}

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * Static assets for the front end.
     *
     * @param assetRoot            folder the assets are served from; default {@code dist} of the release
     * @param assets               glob patterns of the files served; default none (nothing is served)
     * @param indexFilename        file served for {@code /}; default {@code index.html}
     * @param serveIndexOnNotFound serve the index for unknown paths (single-page apps); default false
     */
    public record RepositoryConfig(String assetRoot, List<String> assets, String indexFilename,
                                   Boolean serveIndexOnNotFound) {
        public RepositoryConfig {
            assets = copy(assets);
            indexFilename = indexFilename == null ? "index.html" : indexFilename;
            serveIndexOnNotFound = Boolean.TRUE.equals(serveIndexOnNotFound);
        }
    }

    /** Everything in one process: the segments (default: all of the release) and the assets. */
    public record StandaloneConfig(List<String> segments, String trustKey, String assetRoot, List<String> assets,
                                   String indexFilename, Boolean serveIndexOnNotFound) {
        public StandaloneConfig {
            segments = segments == null ? null : List.copyOf(segments);
        }

        public RepositoryConfig repository() {
            return new RepositoryConfig(assetRoot, assets, indexFilename, serveIndexOnNotFound);
        }
    }

    /** Hosts segments; without {@code gateway} it serves them alone. */
    public record WorkerConfig(String gateway, List<String> segments, String trustKey, Integer reportInterval) {
        public WorkerConfig {
            segments = copy(segments);
        }
    }

    /** Routes calls to the workers that host them. */
    public record GatewayConfig(String trustKey, Integer monitorInterval) {}

    /** One entry for a browser: {@code /rpc} to the gateway, everything else to the repository. */
    public record ProxyConfig(String gateway, String repository) {}

    /** Jitar's thresholds for remote workers; accepted for compatibility, Hazelcast decides liveness. */
    public record RemoteWorkerConfig(@JsonProperty("unavailableThreshold") Integer unavailableThreshold,
                                     @JsonProperty("stoppedThreshold") Integer stoppedThreshold) {}
}
