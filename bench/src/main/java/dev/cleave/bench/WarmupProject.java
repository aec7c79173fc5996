package dev.cleave.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The warm-up benchmark's app (apps/warmup): copied to a folder, built, and started as processes. */
final class WarmupProject {
    private WarmupProject() {}

    /** Copies the app into {@code dir}/project and returns that folder. */
    static Path copy(Path dir) throws IOException, URISyntaxException {
        dir = dir.resolve("project");
        Path source = Path.of(WarmupProject.class.getResource("/apps/warmup").toURI());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = dir.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return dir;
    }

    /**
     * Builds the release with {@code ./cleave build}, and the node agent if the launcher finds it stale,
     * so that the measured starts build nothing.
     */
    static void build(Path root, Path project) throws IOException, InterruptedException {
        run(project, root.resolve("cleave").toString(), "build");
        run(project, root.resolve("cleave").toString(), "java", "node-agent", "dev.cleave.node.cli.Main", "--help");
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed in " + dir);
        }
    }

    /**
     * {@code ./cleave start} with the service file {@code json}, as a user starts a node. The file is
     * written beside the project, not in it: a new file in the project would make the release stale.
     */
    static ProcessBuilder cleaveNode(Path root, Path project, String name, String json) {
        Path service = project.resolveSibling("services").resolve(name + ".json");
        try {
            Files.createDirectories(service.getParent());
            Files.writeString(service, json);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + service, e);
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(root.resolve("cleave").toString(), "start",
                "--service=" + service, "--log-level=warn")).directory(project.toFile());
        builder.environment().remove("CLEAVE_JAVA_OPTS"); // the benchmark's own options are not the node's
        return builder;
    }

    /** The plain Node.js reference server on {@code port}; with {@code greetUrl}, its /chain calls greet there. */
    static ProcessBuilder nodeServer(Path project, int port, String greetUrl) {
        String server = project.resolve("reference/server.mjs").toString();
        return new ProcessBuilder(greetUrl == null ? List.of("node", server, String.valueOf(port))
                : List.of("node", server, String.valueOf(port), greetUrl)).directory(project.toFile());
    }
}
