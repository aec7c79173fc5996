package dev.cleave.segmenter.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.cleave.segmenter.BuildException;
import dev.cleave.segmenter.config.IndexPage;
import dev.cleave.segmenter.config.ProjectConfig;
import dev.cleave.segmenter.plan.ExportResolver;
import dev.cleave.segmenter.plan.ModuleGraph;
import dev.cleave.segmenter.plan.ReleasePlan;

/**
 * Makes the release's front end ({@code webui/}): the page's script bundled by esbuild with its
 * imports of server modules turned into calls ({@link BrowserTree}), npm packages from the
 * project's {@code node_modules}, a source map, the page pointing at the bundle, and the other
 * files of the front end's folder. The work happens in a folder inside the project
 * ({@code .cleave-bundle-<pid>}, so packages resolve as they would for the real files), removed
 * afterwards.
 */
public final class BrowserBundle {
    /** The release folder of the front end. */
    public static final String FOLDER = "webui";
    static final String SCRIPT = "app.js";
    private static final String WORK_PREFIX = ".cleave-bundle-";
    static final String STYLESHEET = "app.css";
    private static final List<String> FILE_LOADERS = List.of("png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico",
            "woff", "woff2", "ttf", "otf");
    private static final List<String> SCRIPT_EXTENSIONS = List.of(".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs");
    private static final List<String> PROJECT_FILES = List.of("tsconfig.json", "package.json", "package-lock.json");

    private BrowserBundle() {}

    /** The front end's files by release path ({@code webui/...}); the project must have a front end. */
    public static SortedMap<String, byte[]> build(ProjectConfig project, ReleasePlan plan, ModuleGraph graph,
                                                  ExportResolver resolver) {
        Path stage = project.root().resolve(WORK_PREFIX + ProcessHandle.current().pid());
        try {
            deleteLeftovers(project.root());
            deleteTree(stage);
            Files.createDirectories(stage);
            new BrowserTree(project, plan, graph, resolver, stage).write();
            Path out = stage.resolve("__out__");
            Esbuild.run(stage, arguments(out), environment(project));
            SortedMap<String, byte[]> files = new TreeMap<>();
            collectOutput(stage, out, project, files);
            collectPage(project, files);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the browser bundle in " + stage, e);
        } finally {
            try {
                deleteTree(stage);
            } catch (IOException ignored) {
                // a leftover work folder is harmless: the next build deletes it
            }
        }
    }

    /** Work folders of builds that died before they could remove theirs (their process is gone). */
    private static void deleteLeftovers(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(WORK_PREFIX) && name.substring(WORK_PREFIX.length()).matches("\\d{1,18}")
                        && ProcessHandle.of(Long.parseLong(name.substring(WORK_PREFIX.length()))).isEmpty()) {
                    deleteTree(entry);
                }
            }
        }
    }

    private static List<String> arguments(Path out) {
        List<String> arguments = new ArrayList<>(List.of(BrowserTree.ENTRY, "--bundle", "--format=esm",
                "--platform=browser", "--target=es2022", "--sourcemap", "--outdir=" + out, "--entry-names=app",
                "--asset-names=assets/[name]-[hash]", "--public-path=/", "--charset=utf8", "--log-level=error",
                "--color=false", "--log-limit=20"));
        FILE_LOADERS.forEach(extension -> arguments.add("--loader:." + extension + "=file"));
        return arguments;
    }

    /** NODE_PATH: the project's node_modules wherever Node would find it (the project folder or above). */
    private static Map<String, String> environment(ProjectConfig project) {
        for (Path dir = project.root(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("node_modules"))) {
                return Map.of("NODE_PATH", dir.resolve("node_modules").toString());
            }
        }
        return Map.of();
    }

    private static void collectOutput(Path stage, Path out, ProjectConfig project, Map<String, byte[]> files)
            throws IOException {
        try (Stream<Path> paths = Files.walk(out)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                String name = out.relativize(file).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(file);
                if (name.endsWith(".map")) {
                    bytes = SourceMaps.relativize(bytes, out, stage, project.root());
                }
                files.put(FOLDER + "/" + name, bytes);
            }
        }
    }

    /** The page pointing at the bundle, and the other files of the front end's folder as they are. */
    private static void collectPage(ProjectConfig project, Map<String, byte[]> files) throws IOException {
        Path folder = project.frontend().folder();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).filter(p -> isPlainFile(folder, p)).toList()) {
                if (file.equals(project.frontend().index())) {
                    continue;
                }
                String name = FOLDER + "/" + folder.relativize(file).toString().replace('\\', '/');
                if (files.containsKey(name)) {
                    throw new BuildException(project.display(file) + ": the bundle writes a file of"
                            + " this name (" + name + ") — rename the file");
                }
                files.put(name, Files.readAllBytes(file));
            }
        }
        String page = Files.readString(project.frontend().index());
        String stylesheet = files.containsKey(FOLDER + "/" + STYLESHEET) ? "/" + STYLESHEET : null;
        files.put(FOLDER + "/index.html", new IndexPage(page).withBundle("/" + SCRIPT, stylesheet)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Scripts go into the bundle; dot files, node_modules and the project files of tools stay out. */
    private static boolean isPlainFile(Path folder, Path file) {
        for (Path part : folder.relativize(file)) {
            if (part.toString().startsWith(".") || part.toString().equals("node_modules")) {
                return false;
            }
        }
        String name = file.getFileName().toString();
        return SCRIPT_EXTENSIONS.stream().noneMatch(name::endsWith) && !PROJECT_FILES.contains(name);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
