package dev.cleave.segmenter.release;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.cleave.segmenter.analysis.ImportRef;
import dev.cleave.segmenter.plan.ExportResolver;
import dev.cleave.segmenter.plan.ImportTarget;
import dev.cleave.segmenter.plan.LoadedModule;
import dev.cleave.segmenter.plan.ModuleGraph;
import dev.cleave.segmenter.plan.ProcedureVersion;
import dev.cleave.segmenter.plan.ReleasePlan;

/**
 * Fills one tree, starting from its members and following imports. For each import of a project
 * module: a member of the tree, or shared code, stays local (shared code is copied in); a resource
 * is imported from the node's resource tree; a module that declares procedures of another segment
 * is replaced by a remote module when the import takes one of those procedures.
 */
final class TreeAssembler {
    private final ReleasePlan plan;
    private final ModuleGraph graph;
    private final ExportResolver resolver;
    private final Tree tree;
    private final Map<String, LoadedModule> copied = new LinkedHashMap<>();
    private final Map<String, Set<String>> remoteNames = new TreeMap<>();
    private final Map<String, LoadedModule> remoteModules = new TreeMap<>();
    private final Deque<LoadedModule> work = new ArrayDeque<>();

    TreeAssembler(ReleasePlan plan, ModuleGraph graph, ExportResolver resolver, Tree tree) {
        this.plan = plan;
        this.graph = graph;
        this.resolver = resolver;
        this.tree = tree;
    }

    TreeContent assemble(List<LoadedModule> roots) {
        roots.forEach(this::copy);
        Map<String, String> files = new TreeMap<>();
        while (!work.isEmpty()) {
            LoadedModule module = work.removeFirst();
            String file = ReleasePaths.module(tree.root(), module.path());
            files.put(file, SpecifierRewriter.rewrite(module.analysis(), edits(module, file)));
        }
        remoteModules.forEach((path, module) -> files.put(ReleasePaths.remote(tree.root(), path), remoteModule(module)));
        List<String> shared = copied.keySet().stream().filter(p -> !tree.members().contains(p)).sorted().toList();
        return new TreeContent(new TreeMap<>(files), shared, List.copyOf(remoteModules.keySet()));
    }

    private void copy(LoadedModule module) {
        if (copied.putIfAbsent(module.path(), module) == null) {
            work.addLast(module);
        }
    }

    private List<String> edits(LoadedModule module, String file) {
        List<String> specifiers = new ArrayList<>();
        for (ImportRef ref : module.analysis().imports()) {
            specifiers.add(switch (graph.resolve(module, ref.specifier())) {
                case ImportTarget.Bare bare -> null;
                case ImportTarget.Module target -> ReleasePaths.specifier(file, destination(target.module(), ref));
            });
        }
        return specifiers;
    }

    /** The release file that an import of {@code target} must point to, copying or generating it. */
    private String destination(LoadedModule target, ImportRef ref) {
        String path = target.path();
        if (tree.isSegment() && plan.resources().contains(path)) {
            return ReleasePaths.module(ReleasePaths.resourceRoot(), path);
        }
        if (tree.members().contains(path)) {
            copy(target);
            return ReleasePaths.module(tree.root(), path);
        }
        List<String> procedures = procedureExports(target);
        List<String> taken = ref.all() ? resolver.exportNames(target) : ref.names();
        if (taken.stream().noneMatch(procedures::contains)) {
            copy(target);
            return ReleasePaths.module(tree.root(), path);
        }
        remoteModules.put(path, target);
        Set<String> names = remoteNames.computeIfAbsent(path, p -> new TreeSet<>());
        taken.stream().filter(name -> !procedures.contains(name)).forEach(names::add);
        if (!names.isEmpty()) {
            copy(target);
        }
        return ReleasePaths.remote(tree.root(), path);
    }

    /** The exports of {@code module} that it declares itself and that are procedures. */
    private List<String> procedureExports(LoadedModule module) {
        return module.analysis().ownExportNames().stream()
                .filter(name -> plan.procedureAt(module.path(), name).isPresent()).toList();
    }

    private String remoteModule(LoadedModule module) {
        List<ProcedureVersion> stubs = new ArrayList<>();
        for (String name : new LinkedHashSet<>(procedureExports(module))) {
            stubs.add(plan.procedureAt(module.path(), name).orElseThrow());
        }
        String file = ReleasePaths.remote(tree.root(), module.path());
        String local = ReleasePaths.specifier(file, ReleasePaths.module(tree.root(), module.path()));
        return RemoteModuleGenerator.generate(stubs, List.copyOf(remoteNames.get(module.path())), local, tree.caller());
    }
}
