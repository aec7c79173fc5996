package dev.cleave.segmenter.config;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A procedure version, {@code major.minor.patch}. Segment files may leave out minor and patch
 * ({@code "1"} is {@code 1.0.0}); the default is {@code 0.0.0}.
 */
public record Version(int major, int minor, int patch) implements Comparable<Version> {
    public static final Version ZERO = new Version(0, 0, 0);
    private static final Pattern FORMAT = Pattern.compile("(0|[1-9]\\d{0,8})(?:\\.(0|[1-9]\\d{0,8}))?(?:\\.(0|[1-9]\\d{0,8}))?");

    public Version {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version parts cannot be negative: " + major + "." + minor + "." + patch);
        }
    }

    /** Parses {@code major[.minor[.patch]]}; empty for anything else. */
    public static Optional<Version> parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Version(Integer.parseInt(m.group(1)), part(m.group(2)), part(m.group(3))));
    }

    private static int part(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    @Override
    public int compareTo(Version other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
