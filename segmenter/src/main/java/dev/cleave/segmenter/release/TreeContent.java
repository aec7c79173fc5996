package dev.cleave.segmenter.release;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The files of one tree, ready to write.
 *
 * @param files   release-relative path → content
 * @param shared  modules copied in that are not members of the tree (sorted module paths)
 * @param remotes modules replaced by a generated remote module (sorted module paths)
 */
record TreeContent(SortedMap<String, String> files, List<String> shared, List<String> remotes) {
    TreeContent {
        files = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(files));
        shared = List.copyOf(shared);
        remotes = List.copyOf(remotes);
    }

    Map<String, String> asMap() {
        return files;
    }
}
