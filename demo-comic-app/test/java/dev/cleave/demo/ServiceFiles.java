package dev.cleave.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Test copies of the demo's service files: the same shapes as {@code services/}, on free ports,
 * with a cluster name and a data folder of their own (the files' fixed ports are for people).
 */
final class ServiceFiles {
    private ServiceFiles() {}

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of {@code services/<name>} into {@code dir}, listening on {@code port}; a standalone
     * file keeps its state in {@code dir/data}; {@code clusterName} replaces the cluster's name;
     * {@code withSetUp} false drops the seed.
     */
    static Path copy(String name, Path dir, int port, String clusterName, boolean withSetUp) {
        try {
            ObjectNode service = (ObjectNode) Api.JSON.readTree(DemoRelease.PROJECT.resolve("services").resolve(name).toFile());
            service.put("url", "http://127.0.0.1:" + port);
            if (service.has("cluster")) {
                ((ObjectNode) service.get("cluster")).put("name", clusterName);
            }
            if (service.has("state") && service.get("state").has("dataDir")) {
                ((ObjectNode) service.get("state")).put("dataDir", dir.resolve("data").toString());
            }
            if (!withSetUp) {
                service.remove("setUp");
            }
            Files.createDirectories(dir);
            Path file = dir.resolve(Path.of(name).getFileName().toString().replace(".json", "-" + port + ".json"));
            Api.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), service);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String clusterName() {
        return "comic-test-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
