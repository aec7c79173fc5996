package dev.cleave.runtime.modules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.cleave.runtime.errors.ModuleException;

/**
 * Turns an import specifier into the absolute path of a module file, the way the release expects:
 * relative and absolute paths with {@code .js}/{@code .mjs} and {@code index} completion, built-in
 * modules by name, and bare specifiers through {@link PackageResolver}. Nothing outside the
 * release root or the built-in folder is ever returned.
 */
public final class ModuleResolver {
    private static final List<String> EXTENSIONS = List.of(".js", ".mjs");

    private final Path root;
    private final List<Path> packageFolders;
    private final PackageResolver packages;

    public ModuleResolver(Path root) {
        this(root, List.of());
    }

    /** {@code packageFolders}: {@code node_modules} folders outside the root that bare imports may use. */
    public ModuleResolver(Path root, List<Path> packageFolders) {
        this.root = root.toAbsolutePath().normalize();
        this.packageFolders = packageFolders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.packages = new PackageResolver(this.root, this.packageFolders, this);
    }

    public Path root() {
        return root;
    }

    /**
     * Resolves {@code specifier} as imported by the module at {@code referrer} ({@code null} for an
     * entry point, which resolves relative to the root).
     *
     * @throws ModuleException naming the specifier, the importer and what was tried
     */
    public Path resolve(String referrer, String specifier) {
        var builtin = BuiltinModules.file(specifier);
        if (builtin.isPresent()) {
            return builtin.get();
        }
        if (specifier.startsWith("file:")) {
            return resolveFile(Path.of(java.net.URI.create(specifier)), specifier, referrer);
        }
        if (specifier.startsWith("/")) {
            return resolveFile(Path.of(specifier), specifier, referrer);
        }
        Path base = referrer == null ? root : Path.of(referrer).getParent();
        if (specifier.startsWith("./") || specifier.startsWith("../") || specifier.equals(".") || specifier.equals("..")) {
            return resolveFile(base.resolve(specifier), specifier, referrer);
        }
        return packages.resolve(base, specifier, importer(referrer));
    }

    /** Resolves a module path of the release, such as {@code greetings/sayHi}, from the root. */
    public Path resolveEntry(String modulePath) {
        String relative = modulePath.startsWith("./") ? modulePath : "./" + modulePath;
        return resolve(null, relative);
    }

    Path resolveFile(Path path, String specifier, String referrer) {
        Path candidate = path.normalize();
        if (!inside(candidate)) {
            throw new ModuleException("Cannot import '" + specifier + "' from " + importer(referrer)
                    + ": it points outside the release folder " + root + "; application code may only import files of the release");
        }
        Path found = completeFile(candidate);
        if (found == null) {
            throw new ModuleException("Cannot find module '" + specifier + "' imported from " + importer(referrer)
                    + " (tried " + root.relativize(candidate) + " with .js, .mjs and /index.js)");
        }
        return found;
    }

    /** The file for {@code path} itself, with an extension added, or its {@code index} module. */
    Path completeFile(Path path) {
        if (Files.isRegularFile(path)) {
            return path;
        }
        for (String extension : EXTENSIONS) {
            Path withExtension = path.resolveSibling(path.getFileName() + extension);
            if (Files.isRegularFile(withExtension)) {
                return withExtension;
            }
        }
        if (Files.isDirectory(path)) {
            for (String extension : EXTENSIONS) {
                Path index = path.resolve("index" + extension);
                if (Files.isRegularFile(index)) {
                    return index;
                }
            }
        }
        return null;
    }

    boolean inside(Path path) {
        return path.startsWith(root) || path.startsWith(BuiltinModules.directory())
                || packageFolders.stream().anyMatch(path::startsWith);
    }

    String importer(String referrer) {
        if (referrer == null) {
            return "the runtime";
        }
        Path path = Path.of(referrer);
        return path.startsWith(root) ? root.relativize(path).toString() : referrer;
    }
}
