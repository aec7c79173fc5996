package dev.cleave.segmenter.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.cleave.segmenter.BuildException;
import dev.cleave.segmenter.analysis.ImportRef;

/**
 * The modules of no segment that a node may import by path: middleware, health checks, setUp and
 * tearDown modules, which service files name. Every module of the source folder that is not a
 * segment member or a resource is one, as long as it and its imports load cleanly; a module that
 * does not (front-end code, say, importing a stylesheet) is left out rather than failing the
 * build, and a node that names it says so when it starts.
 */
public final class CommonModules {
    private CommonModules() {}

    public static List<String> find(ModuleGraph graph, ReleasePlan plan) {
        Set<String> taken = new HashSet<>(plan.resources());
        plan.segments().forEach(segment -> taken.addAll(segment.members()));
        List<String> common = new ArrayList<>();
        for (SourceModule source : graph.tree().all()) {
            if (!taken.contains(source.path()) && loadsCleanly(graph, source, new HashSet<>())) {
                common.add(source.path());
            }
        }
        return common;
    }

    private static boolean loadsCleanly(ModuleGraph graph, SourceModule source, Set<String> seen) {
        if (!seen.add(source.path())) {
            return true;
        }
        try {
            LoadedModule module = graph.load(source);
            for (ImportRef ref : module.analysis().imports()) {
                if (graph.resolve(module, ref.specifier()) instanceof ImportTarget.Module target
                        && !loadsCleanly(graph, target.module().source(), seen)) {
                    return false;
                }
            }
            return true;
        } catch (BuildException e) {
            return false;
        }
    }
}
