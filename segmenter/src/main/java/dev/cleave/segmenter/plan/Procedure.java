package dev.cleave.segmenter.plan;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A procedure of the release: one FQN, hosted by the same segments in all its versions.
 *
 * @param segments the segments that host it (more than one: load-balanced)
 * @param versions its versions, lowest first
 */
public record Procedure(String fqn, SortedSet<String> segments, List<ProcedureVersion> versions) {
    public Procedure {
        segments = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(segments));
        versions = List.copyOf(versions);
    }
}
