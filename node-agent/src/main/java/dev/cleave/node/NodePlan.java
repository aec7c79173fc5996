package dev.cleave.node;

import java.nio.file.Path;
import java.util.List;

import dev.cleave.node.config.ConfigException;
import dev.cleave.node.config.Roles.RepositoryConfig;
import dev.cleave.node.config.ServiceConfig;
import dev.cleave.runtime.release.Release;
import dev.cleave.runtime.release.ReleaseException;

/**
 * What a node does, decided from its role: the segments it hosts, its trust key and the assets it
 * serves.
 */
record NodePlan(Release release, List<String> segments, String trustKey, RepositoryConfig assets) {

    static NodePlan of(ServiceConfig config, Path file, Release release) {
        NodePlan plan = switch (config.role()) {
            case STANDALONE -> new NodePlan(release,
                    config.standalone().segments() == null ? release.segments() : config.standalone().segments(),
                    config.standalone().trustKey(), config.standalone().repository());
            case WORKER -> {
                if (config.worker().gateway() != null) {
                    throw new ConfigException(file + ": a worker with a 'gateway' joins a cluster, which this version of "
                            + "Cleave cannot do yet — remove 'worker.gateway' to serve the segments alone");
                }
                yield new NodePlan(release, config.worker().segments(), config.worker().trustKey(), null);
            }
            case REPOSITORY -> new NodePlan(release, List.of(), null, config.repository());
            case GATEWAY, PROXY -> throw new ConfigException(file + ": the " + config.role().key()
                    + " role routes calls in a cluster, which this version of Cleave cannot do yet — use 'standalone'");
        };
        try {
            release.requireSegments(plan.segments());
        } catch (ReleaseException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
        return plan;
    }

    /**
     * A module named in the service file ({@code ./auth/authMiddleware}) as a module path of the
     * release: such modules are not in a segment, so the segmenter writes them under {@code common/}.
     */
    static String commonModule(String path) {
        String relative = path.startsWith("./") ? path.substring(2) : path;
        return "common/" + relative;
    }

    static List<String> commonModules(List<String> paths) {
        return paths.stream().map(NodePlan::commonModule).toList();
    }

    boolean runsCode() {
        return !segments.isEmpty();
    }
}
