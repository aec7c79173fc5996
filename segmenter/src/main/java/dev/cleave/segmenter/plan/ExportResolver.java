package dev.cleave.segmenter.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.cleave.segmenter.BuildException;
import dev.cleave.segmenter.analysis.Declaration;
import dev.cleave.segmenter.analysis.ExportEntry;

/**
 * Follows re-exports to the declaring module, as ES modules link them: an explicit export wins
 * over {@code export *}, {@code export *} never re-exports {@code default}, and a cycle of
 * explicit re-exports is an error (a cycle through {@code export *} only adds nothing).
 */
public final class ExportResolver {
    private final ModuleGraph graph;

    public ExportResolver(ModuleGraph graph) {
        this.graph = graph;
    }

    /** Where {@code name} exported by {@code module} is declared; empty if the module does not export it. */
    public Optional<ResolvedExport> resolve(LoadedModule module, String name) {
        return resolve(module, name, new ArrayList<>(), new LinkedHashSet<>());
    }

    /** One step of following a re-export: the name {@code name} of {@code module}. */
    private record Step(String shown, String name) {
        @Override
        public String toString() {
            return shown + " '" + name + "'";
        }
    }

    private Optional<ResolvedExport> resolve(LoadedModule module, String name, List<Step> chain, Set<String> stars) {
        Step step = new Step(module.shown(), name);
        if (chain.contains(step)) {
            throw cycle(chain, step);
        }
        chain.add(step);
        try {
            Optional<ExportEntry> own = module.analysis().export(name);
            if (own.isPresent()) {
                return Optional.of(follow(module, own.get(), chain, stars));
            }
            if (name.equals("default") || !stars.add(module.path())) {
                return Optional.empty();
            }
            for (ExportEntry entry : module.analysis().exports()) {
                if (entry instanceof ExportEntry.Star star) {
                    LoadedModule target = moduleOf(module, star.specifier());
                    Optional<ResolvedExport> found = target == null ? Optional.empty() : resolve(target, name, chain, stars);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        } finally {
            chain.removeLast();
        }
    }

    private ResolvedExport follow(LoadedModule module, ExportEntry entry, List<Step> chain, Set<String> stars) {
        return switch (entry) {
            case ExportEntry.Local local -> new ResolvedExport(module, local.name(), local.declaration());
            case ExportEntry.Reexport re when re.imported().equals(ExportEntry.Reexport.NAMESPACE) ->
                    new ResolvedExport(module, re.name(), new Declaration.Value(re.name(), 0, 0));
            case ExportEntry.Reexport re -> {
                LoadedModule target = moduleOf(module, re.specifier());
                if (target == null) {
                    yield new ResolvedExport(module, re.name(), new Declaration.Value(re.name(), 0, 0));
                }
                yield resolve(target, re.imported(), chain, stars).orElseThrow(() -> new BuildException(module.shown()
                        + ": 'export ... from' names '" + re.imported() + "' of '" + re.specifier() + "', which has no such export (it exports: "
                        + String.join(", ", exportNames(target)) + ") — fix the name in the 'export ... from' statement"));
            }
            case ExportEntry.Star star -> throw new IllegalStateException("export * has no single name");
        };
    }

    /** Every name {@code module} exports, including those that {@code export *} brings, sorted. */
    public List<String> exportNames(LoadedModule module) {
        Set<String> names = new java.util.TreeSet<>();
        collectNames(module, names, new LinkedHashSet<>());
        return List.copyOf(names);
    }

    private void collectNames(LoadedModule module, Set<String> names, Set<String> visited) {
        if (!visited.add(module.path())) {
            return;
        }
        names.addAll(module.analysis().ownExportNames());
        for (ExportEntry entry : module.analysis().exports()) {
            if (entry instanceof ExportEntry.Star star) {
                LoadedModule target = moduleOf(module, star.specifier());
                if (target != null) {
                    Set<String> starred = new java.util.TreeSet<>();
                    collectNames(target, starred, visited);
                    starred.remove("default");
                    names.addAll(starred);
                }
            }
        }
    }

    /** The project module a specifier names, or null for a package (whose exports are not known). */
    private LoadedModule moduleOf(LoadedModule from, String specifier) {
        return graph.resolve(from, specifier) instanceof ImportTarget.Module m ? m.module() : null;
    }

    private BuildException cycle(List<Step> chain, Step step) {
        List<Step> loop = new ArrayList<>(chain.subList(chain.indexOf(step), chain.size()));
        loop.add(step);
        String path = loop.stream().map(Step::toString).collect(Collectors.joining(" → "));
        return new BuildException(step.shown() + ": '" + step.name() + "' is re-exported in a cycle: " + path
                + " — make one of these 'export ... from' statements point to the module that declares it");
    }
}
