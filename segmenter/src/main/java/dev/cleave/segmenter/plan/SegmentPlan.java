package dev.cleave.segmenter.plan;

import java.util.List;

/**
 * One segment of the release.
 *
 * @param shown      its segment file, as messages name it
 * @param members    the modules that belong to the segment: those its file lists and those that
 *                   declare what it lists (sorted module paths)
 * @param procedures the FQNs it hosts, sorted
 * @param classes    the keys of the classes it registers, sorted
 */
public record SegmentPlan(String name, String shown, List<String> members, List<String> procedures, List<String> classes) {
    public SegmentPlan {
        members = List.copyOf(members);
        procedures = List.copyOf(procedures);
        classes = List.copyOf(classes);
    }
}
