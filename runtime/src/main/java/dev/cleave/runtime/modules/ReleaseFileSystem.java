package dev.cleave.runtime.modules;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;

import org.graalvm.polyglot.io.FileSystem;

/**
 * The only file system JavaScript sees: read-only, and only the release folder and the built-in
 * modules. GraalJS reads module files through it; application code has no file API of its own.
 */
public final class ReleaseFileSystem implements FileSystem {
    private final FileSystem disk = FileSystem.newDefaultFileSystem();
    private final ModuleResolver resolver;

    public ReleaseFileSystem(ModuleResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Path parsePath(URI uri) {
        return disk.parsePath(uri);
    }

    @Override
    public Path parsePath(String path) {
        return disk.parsePath(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        if (modes.contains(AccessMode.WRITE) || modes.contains(AccessMode.EXECUTE)) {
            throw new AccessDeniedException(path.toString(), null, "the release is read-only");
        }
        disk.checkAccess(allowed(path), modes, linkOptions);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        throw new AccessDeniedException(dir.toString(), null, "the release is read-only");
    }

    @Override
    public void delete(Path path) throws IOException {
        throw new AccessDeniedException(path.toString(), null, "the release is read-only");
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        for (OpenOption option : options) {
            if (option != StandardOpenOption.READ) {
                throw new AccessDeniedException(path.toString(), null, "the release is read-only");
            }
        }
        return disk.newByteChannel(allowed(path), options, attrs);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
        return disk.newDirectoryStream(allowed(dir), filter);
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return path.isAbsolute() ? path : resolver.root().resolve(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        return disk.toRealPath(allowed(path), linkOptions);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        return disk.readAttributes(allowed(path), attributes, options);
    }

    private Path allowed(Path path) throws AccessDeniedException {
        Path absolute = toAbsolutePath(path).normalize();
        if (!resolver.inside(absolute)) {
            throw new AccessDeniedException(path.toString(), null, "outside the release folder");
        }
        return absolute;
    }
}
