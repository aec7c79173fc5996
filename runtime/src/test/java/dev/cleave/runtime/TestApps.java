package dev.cleave.runtime;

import java.nio.file.Path;

/** The tiny apps under {@code src/test/resources/apps/}. */
public final class TestApps {
    private TestApps() {}

    public static Path path(String name) {
        return Path.of("src/test/resources/apps", name).toAbsolutePath();
    }
}
