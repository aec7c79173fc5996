package dev.cleave.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;

import org.testcontainers.images.builder.ImageFromDockerfile;

import dev.cleave.node.TestProjects;

/** The shop example, built and readable by the image's user, and the node image, for the image tests. */
final class ShopProject {
    private ShopProject() {}

    /** A copy of docs/examples/shop under {@code dir}/shop with its release built and {@code serviceFiles} added to services/. */
    static Path built(Path dir, Map<String, String> serviceFiles) throws IOException {
        TestProjects.build(DeploymentFiles.ROOT.resolve("docs/examples/shop"), dir);
        Path project = dir.resolve("shop");
        for (Map.Entry<String, String> file : serviceFiles.entrySet()) {
            Files.writeString(project.resolve("services").resolve(file.getKey()), file.getValue());
        }
        readableByAll(project, dir);
        return project;
    }

    /** The node image (the Dockerfile's default target), built from this source tree. */
    static ImageFromDockerfile image() {
        return new ImageFromDockerfile("cleave-node-test", false)
                .withFileFromPath(".", DeploymentFiles.ROOT)
                .withDockerfile(DeploymentFiles.ROOT.resolve("docker/Dockerfile"));
    }

    /** The container runs as an unprivileged user, which must be able to read the mounted app. */
    private static void readableByAll(Path folder, Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(Files.isDirectory(file) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        for (Path parent = folder.getParent(); parent != null && parent.startsWith(dir); parent = parent.getParent()) {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
