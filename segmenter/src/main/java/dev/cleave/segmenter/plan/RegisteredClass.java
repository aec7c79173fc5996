package dev.cleave.segmenter.plan;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A class listed in a segment file: its instances may cross the wire, keyed by {@code key} (its FQN).
 *
 * @param module                the declaring module's path
 * @param export                the declaring module's export
 * @param constructorParameters the constructor's parameter names (they name the serialized {@code args})
 * @param segments              the segments that list it
 */
public record RegisteredClass(String key, String module, String export, List<String> constructorParameters,
                              SortedSet<String> segments) {
    public RegisteredClass {
        constructorParameters = List.copyOf(constructorParameters);
        segments = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(segments));
    }
}
