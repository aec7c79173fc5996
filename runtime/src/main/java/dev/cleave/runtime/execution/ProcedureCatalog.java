package dev.cleave.runtime.execution;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The procedures and registered classes a node serves, found by FQN and version. */
public final class ProcedureCatalog {
    private final Map<String, Map<Version, Implementation>> procedures = new TreeMap<>();
    private final List<RegisteredClass> classes;

    public ProcedureCatalog(Collection<Implementation> implementations, Collection<RegisteredClass> classes) {
        for (Implementation implementation : implementations) {
            Implementation previous = procedures.computeIfAbsent(implementation.fqn(), fqn -> new TreeMap<>())
                    .put(implementation.version(), implementation);
            if (previous != null) {
                throw new IllegalArgumentException("procedure '" + implementation.fqn() + "' has version "
                        + implementation.version() + " twice (" + previous.module() + " and " + implementation.module() + ")");
            }
        }
        this.classes = List.copyOf(classes);
    }

    /** The version a caller asking for {@code requested} gets: the exact one, else the highest below it. */
    public Optional<Implementation> find(String fqn, Version requested) {
        Map<Version, Implementation> versions = procedures.get(fqn);
        if (versions == null) {
            return Optional.empty();
        }
        return Version.select(versions.keySet(), requested).map(versions::get);
    }

    public boolean contains(String fqn) {
        return procedures.containsKey(fqn);
    }

    public List<RegisteredClass> classes() {
        return classes;
    }

    public List<Implementation> implementations() {
        return procedures.values().stream().flatMap(v -> v.values().stream()).toList();
    }

    /** Module paths of every procedure and class, once each; what a node imports before it serves. */
    public List<String> modules() {
        return java.util.stream.Stream.concat(implementations().stream().map(Implementation::module),
                classes.stream().map(RegisteredClass::module)).distinct().collect(Collectors.toList());
    }
}
