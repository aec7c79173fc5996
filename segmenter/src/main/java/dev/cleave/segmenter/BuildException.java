package dev.cleave.segmenter;

import java.util.List;

/**
 * A build that cannot go on. The message is for people: it names the file, the thing that is
 * wrong and the fix; several problems found in one pass are listed one per line. Nothing has been
 * written to the target folder when this is thrown.
 */
public final class BuildException extends RuntimeException {
    private final List<String> problems;

    public BuildException(String problem) {
        this(List.of(problem));
    }

    public BuildException(List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a build error needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Each problem on its own; {@link #getMessage()} joins them with newlines. */
    public List<String> problems() {
        return problems;
    }
}
