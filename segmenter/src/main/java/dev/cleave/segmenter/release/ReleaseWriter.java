package dev.cleave.segmenter.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.cleave.segmenter.BuildException;

/**
 * Writes a release all at once: into a fresh folder next to the target, then swapped in by
 * renames, so the target holds either the old release or the new one, never half of one. Files
 * that did not change are hard-linked from the earlier release instead of written again. A
 * target that exists must be an earlier release (it has a {@code manifest.json}) or empty: the
 * build never deletes a folder it did not make.
 */
final class ReleaseWriter {
    private ReleaseWriter() {}

    static void write(Path target, String shownTarget, Map<String, byte[]> files) {
        checkReplaceable(target, shownTarget);
        Path parent = target.toAbsolutePath().getParent();
        Path staging = parent.resolve("." + target.getFileName() + ".building-" + ProcessHandle.current().pid());
        try {
            deleteTree(staging);
            Set<Path> folders = new HashSet<>();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = staging.resolve(file.getKey());
                if (folders.add(path.getParent())) {
                    Files.createDirectories(path.getParent());
                }
                byte[] bytes = file.getValue();
                if (!linkedUnchanged(target.resolve(file.getKey()), path, bytes)) {
                    Files.write(path, bytes);
                }
            }
            swap(staging, target, parent);
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new UncheckedIOException("cannot write the release to " + target, e);
        }
    }

    /**
     * Links {@code path} to the earlier release's file when that has exactly {@code bytes}: a
     * rebuild then writes only the files that changed (writing is what costs, on most disks).
     */
    private static boolean linkedUnchanged(Path earlier, Path path, byte[] bytes) {
        try {
            if (!Files.isRegularFile(earlier) || Files.size(earlier) != bytes.length
                    || !Arrays.equals(Files.readAllBytes(earlier), bytes)) {
                return false;
            }
            Files.createLink(path, earlier);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static void checkReplaceable(Path target, String shown) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new BuildException("target '" + shown + "' is a file — set \"target\" to a folder for the release");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent() && !Files.isRegularFile(target.resolve(ReleasePaths.MANIFEST))) {
                throw new BuildException("target '" + shown + "' is not empty and holds no release (no " + ReleasePaths.MANIFEST
                        + ") — the build replaces the whole folder: empty it, or set \"target\" to another folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + target, e);
        }
    }

    private static void swap(Path staging, Path target, Path parent) throws IOException {
        Files.createDirectories(parent);
        if (!Files.exists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = parent.resolve("." + target.getFileName() + ".old-" + ProcessHandle.current().pid());
        deleteTree(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            deleteTree(folder);
        } catch (IOException ignored) {
            // the original error is the one to report
        }
    }
}
