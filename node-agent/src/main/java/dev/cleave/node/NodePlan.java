package dev.cleave.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.cleave.node.config.ClusterConfig;
import dev.cleave.node.config.ConfigException;
import dev.cleave.node.config.Roles.RepositoryConfig;
import dev.cleave.node.config.ServiceConfig;
import dev.cleave.runtime.release.Release;
import dev.cleave.runtime.release.ReleaseException;

/**
 * What a node does, decided from its role: the segments it hosts, its trust key, the assets it
 * serves, and the cluster it joins ({@code null}: it serves alone). A gateway, a worker with a
 * {@code gateway} and any node with a {@code cluster} key join a cluster. {@code joinVia} is the
 * gateway URL to ask for the cluster's join details: set for a worker with a {@code gateway} and no
 * {@code cluster} key (Jitar's worker files), else {@code null}.
 */
record NodePlan(Release release, List<String> segments, String trustKey, RepositoryConfig assets, ClusterConfig cluster,
                String joinVia) {
    /** The release folder of the browser front end (the segmenter's {@code webui/}). */
    static final String FRONTEND = "webui";

    NodePlan(Release release, List<String> segments, String trustKey, RepositoryConfig assets, ClusterConfig cluster) {
        this(release, segments, trustKey, assets, cluster, null);
    }

    static NodePlan of(ServiceConfig config, Path file, Release release) {
        NodePlan plan = switch (config.role()) {
            case STANDALONE -> new NodePlan(release,
                    config.standalone().segments() == null ? release.segments() : config.standalone().segments(),
                    config.trustKey(), withFrontend(config.standalone().repository(), release), config.cluster());
            case WORKER -> new NodePlan(release, config.worker().segments(), config.trustKey(), null,
                    config.worker().gateway() != null ? cluster(config) : config.cluster(),
                    config.worker().gateway() != null && config.cluster() == null ? config.worker().gateway() : null);
            case GATEWAY -> new NodePlan(release, List.of(), config.trustKey(), null, cluster(config));
            case REPOSITORY -> new NodePlan(release, List.of(), null, withFrontend(config.repository(), release), null);
            case PROXY -> new NodePlan(release, List.of(), null, null, null);
        };
        try {
            release.requireSegments(plan.segments());
        } catch (ReleaseException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
        if (plan.clustered() && plan.trustKey() == null && !plan.cluster().onThisMachine()) {
            throw new ConfigException(file + ": the cluster's interface is " + plan.cluster().interfaceAddress() + ", so its"
                    + " members are reachable from other machines, and this node has no trust key to authenticate them —"
                    + " set '" + config.role().key() + ".trustKey' (the same on every node; make one with `openssl rand -hex 32`),"
                    + " or keep the cluster on this machine with \"interface\": \"127.0.0.1\"");
        }
        if (!plan.runsCode() && !config.middleware().isEmpty()) {
            throw new ConfigException(file + ": a " + config.role().key() + " runs no procedures, so its 'middleware' would never"
                    + " run — put it in the service files of the nodes that host the segments: each runs its own middleware on"
                    + " every call routed to it");
        }
        if (plan.runsCode()) {
            requireCommon(file, release, "setUp", config.setUp());
            requireCommon(file, release, "tearDown", config.tearDown());
            requireCommon(file, release, "middleware", config.middleware());
            requireCommon(file, release, "healthChecks", config.healthChecks());
        }
        return plan;
    }

    /**
     * The assets a node serves: as the service file says; when it names neither {@code assets} nor
     * {@code assetRoot} and the release has a front end ({@code webui/index.html}), all of
     * {@code webui/}, with the file's {@code indexFilename} and {@code serveIndexOnNotFound}.
     */
    static RepositoryConfig withFrontend(RepositoryConfig assets, Release release) {
        Path frontend = release.root().resolve(FRONTEND);
        if (assets.assetRoot() != null || !assets.assets().isEmpty() || !Files.isRegularFile(frontend.resolve("index.html"))) {
            return assets;
        }
        return new RepositoryConfig(frontend.toString(), List.of("**"), assets.indexFilename(), assets.serveIndexOnNotFound());
    }

    private static ClusterConfig cluster(ServiceConfig config) {
        return config.cluster() == null ? ClusterConfig.DEFAULT : config.cluster();
    }

    private static void requireCommon(Path file, Release release, String key, List<String> paths) {
        for (String path : paths) {
            String module = modulePath(path);
            if (!release.manifest().common().contains(module)) {
                throw new ConfigException(file + ": '" + key + "' names " + path + ", which is not in the release — the build"
                        + " puts every module of no segment under common/, so check the path (relative to the project's"
                        + " source folder) and that the module loads, then rebuild with ./cleave build");
            }
        }
    }

    private static String modulePath(String path) {
        String relative = path.startsWith("./") ? path.substring(2) : path;
        return relative.replaceFirst("\\.(ts|js|mjs)$", "");
    }

    /**
     * A module named in the service file ({@code ./auth/authMiddleware}) as a module path of the
     * release: such modules are not in a segment, so the segmenter writes them under {@code common/}.
     */
    static String commonModule(String path) {
        return "common/" + modulePath(path);
    }

    static List<String> commonModules(List<String> paths) {
        return paths.stream().map(NodePlan::commonModule).toList();
    }

    boolean clustered() {
        return cluster != null;
    }

    boolean runsCode() {
        return !segments.isEmpty();
    }
}
