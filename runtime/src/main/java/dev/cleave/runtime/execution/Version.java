package dev.cleave.runtime.execution;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A procedure version, {@code major.minor.patch}. {@code 1} and {@code 1.2} are read as {@code
 * 1.0.0} and {@code 1.2.0}; a caller that names no version asks for {@link #ZERO}.
 */
public record Version(int major, int minor, int patch) implements Comparable<Version> {
    public static final Version ZERO = new Version(0, 0, 0);
    private static final Pattern FORMAT = Pattern.compile("\\d{1,9}(\\.\\d{1,9}){0,2}");

    public Version {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version numbers cannot be negative: " + major + "." + minor + "." + patch);
        }
    }

    /**
     * Reads {@code major[.minor[.patch]]}.
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static Version parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!FORMAT.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("invalid version '" + text + "': expected major[.minor[.patch]], e.g. 1.2.0");
        }
        String[] parts = trimmed.split("\\.");
        return new Version(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0,
                parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
    }

    /** The exact version if offered, else the highest offered version below it; empty when none is. */
    public static Optional<Version> select(Collection<Version> offered, Version requested) {
        return offered.stream().filter(v -> v.compareTo(requested) <= 0).max(Version::compareTo);
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
