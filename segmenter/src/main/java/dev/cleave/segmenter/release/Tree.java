package dev.cleave.segmenter.release;

import java.util.Set;

/**
 * A module tree of the release: one per segment, and one for the resource modules.
 *
 * @param root    its folder in the release ({@code segments/reads}, {@code resources})
 * @param members the modules that belong to it and stay local: a segment's members, or the resources
 * @param caller  how a Forbidden message names it ({@code segment 'reads'})
 * @param isSegment whether it is a segment (which imports resources from the node's resource tree)
 */
record Tree(String root, Set<String> members, String caller, boolean isSegment) {
    Tree {
        members = Set.copyOf(members);
    }
}
