package dev.cleave.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How a {@link JsRuntime} runs.
 *
 * @param root        the folder whose modules the runtime may load (a release, or a segment of it)
 * @param loops       number of event loops; default: the number of available processors
 * @param callTimeout deadline of a call that names none, and the longest any single turn of an
 *                    event loop may run; default 30 seconds
 * @param packages    {@code node_modules} folders outside the root where bare imports are also looked
 *                    up (a release points at its project's); default none
 * @param queueLimit  how many calls may wait for a free event loop; a call past that is refused at
 *                    once ({@link dev.cleave.runtime.errors.OverloadedException}); default 1 000
 */
public record RuntimeConfig(Path root, int loops, Duration callTimeout, List<Path> packages, int queueLimit) {
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_QUEUE_LIMIT = 1_000;

    public RuntimeConfig {
        if (root == null) {
            throw new IllegalArgumentException("the runtime needs a root folder to load modules from");
        }
        root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("module root " + root + " is not a folder; build the release first");
        }
        if (loops == 0) {
            loops = Runtime.getRuntime().availableProcessors();
        }
        if (loops < 0) {
            throw new IllegalArgumentException("event loop count must be positive, was " + loops);
        }
        if (callTimeout == null) {
            callTimeout = DEFAULT_CALL_TIMEOUT;
        }
        if (callTimeout.isNegative() || callTimeout.isZero()) {
            throw new IllegalArgumentException("call timeout must be positive, was " + callTimeout);
        }
        packages = packages == null ? List.of() : packages.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        if (queueLimit == 0) {
            queueLimit = DEFAULT_QUEUE_LIMIT;
        }
        if (queueLimit < 0) {
            throw new IllegalArgumentException("the queue limit must be positive, was " + queueLimit);
        }
    }

    /** With the default queue limit. */
    public RuntimeConfig(Path root, int loops, Duration callTimeout, List<Path> packages) {
        this(root, loops, callTimeout, packages, 0);
    }

    /** Defaults for everything but the root. */
    public static RuntimeConfig of(Path root) {
        return new RuntimeConfig(root, 0, null, List.of());
    }

    public RuntimeConfig withLoops(int count) {
        return new RuntimeConfig(root, count, callTimeout, packages, queueLimit);
    }

    public RuntimeConfig withCallTimeout(Duration timeout) {
        return new RuntimeConfig(root, loops, timeout, packages, queueLimit);
    }

    public RuntimeConfig withPackages(List<Path> folders) {
        return new RuntimeConfig(root, loops, callTimeout, folders, queueLimit);
    }

    public RuntimeConfig withQueueLimit(int limit) {
        return new RuntimeConfig(root, loops, callTimeout, packages, limit);
    }
}
