package dev.cleave.segmenter.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.cleave.segmenter.analysis.Declaration;
import dev.cleave.runtime.execution.Version;

/**
 * Groups checked claims into procedures and classes: all segments must agree about an export,
 * one FQN and version has one implementation, and all versions of a procedure live in the same
 * segments.
 */
final class ProcedureGrouping {
    private final Map<String, Procedure> procedures = new TreeMap<>();
    private final Map<String, RegisteredClass> classes = new TreeMap<>();

    ProcedureGrouping(Map<String, List<Claim>> claims, List<String> problems) {
        Map<String, List<Agreed>> byFqn = new LinkedHashMap<>();
        for (List<Claim> forExport : claims.values()) {
            Claim first = forExport.getFirst();
            for (Claim other : forExport) {
                if (!other.config().equals(first.config())) {
                    problems.add(first.shown() + " and " + other.shown() + " disagree about " + first.where() + ": "
                            + first.segment() + " has " + first.config().describe() + ", " + other.segment() + " has "
                            + other.config().describe() + " — give it the same access, version, \"as\" and \"idempotent\" in both files");
                }
            }
            TreeSet<String> segments = forExport.stream().map(Claim::segment).collect(Collectors.toCollection(TreeSet::new));
            if (first.isClass()) {
                addClass(first, segments, problems);
            } else {
                byFqn.computeIfAbsent(first.fqn(), k -> new ArrayList<>()).add(new Agreed(first, segments));
            }
        }
        byFqn.forEach((fqn, versions) -> addProcedure(fqn, versions, problems));
    }

    Map<String, Procedure> procedures() {
        return procedures;
    }

    Map<String, RegisteredClass> classes() {
        return classes;
    }

    /** An export that every listing segment agrees about, and the segments that list it. */
    private record Agreed(Claim claim, TreeSet<String> segments) {
        Version version() {
            return claim.config().version();
        }
    }

    private void addProcedure(String fqn, List<Agreed> versions, List<String> problems) {
        versions.sort(Comparator.comparing(Agreed::version));
        List<ProcedureVersion> planned = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            Agreed agreed = versions.get(i);
            if (i > 0 && versions.get(i - 1).version().equals(agreed.version())) {
                problems.add("procedure '" + fqn + "' version " + agreed.version() + " is declared twice: "
                        + versions.get(i - 1).claim().where() + " (" + versions.get(i - 1).claim().shown() + ") and "
                        + agreed.claim().where() + " (" + agreed.claim().shown() + ") — give one of them another \"version\" or \"as\"");
                continue;
            }
            ResolvedExport export = agreed.claim().export();
            planned.add(new ProcedureVersion(fqn, agreed.version(), agreed.claim().config().access(),
                    export.module().path(), export.export(), (Declaration.Function) export.declaration(),
                    agreed.claim().config().idempotent()));
        }
        boolean split = versions.stream().map(Agreed::segments).distinct().count() > 1;
        if (split) {
            String where = versions.stream().map(a -> a.version() + " in " + String.join(", ", a.segments()))
                    .collect(Collectors.joining("; "));
            problems.add("procedure '" + fqn + "' has versions in different segments (" + where + ") — all versions of a"
                    + " procedure live in the same segment: list them in the same segment file(s)");
        }
        procedures.put(fqn, new Procedure(fqn, versions.getFirst().segments(), planned));
    }

    private void addClass(Claim claim, TreeSet<String> segments, List<String> problems) {
        RegisteredClass existing = classes.get(claim.fqn());
        if (existing != null) {
            problems.add("class key '" + claim.fqn() + "' is used twice: " + existing.module() + " and " + claim.where()
                    + " — rename one class or set \"as\" in " + claim.shown());
            return;
        }
        Declaration.Class declaration = (Declaration.Class) claim.export().declaration();
        classes.put(claim.fqn(), new RegisteredClass(claim.fqn(), claim.export().module().path(), claim.export().export(),
                declaration.constructorParameters(), segments));
    }
}
