package dev.cleave.demo;

import java.nio.file.Path;
import java.util.function.IntFunction;

import dev.cleave.node.NodeProcess;

/**
 * Starts a node of the demo on a free port, and again on another one when the port was taken
 * between choosing it and binding it (other tests on the machine take ports too).
 */
final class NodeStarter {
    /** A started node and the port it listens on. */
    record Started(NodeProcess process, int port) {}

    private static final int ATTEMPTS = 3;

    private NodeStarter() {}

    /** Launches the node; {@link #await} waits for it. */
    static Started launch(String name, Path dir, IntFunction<Path> serviceForPort, long bodyLimit, Path release) {
        int port = ServiceFiles.freePort();
        Path service = serviceForPort.apply(port);
        return new Started(NodeProcess.startIn(name, dir, "--service=" + service, "--release=" + release,
                "--http-body-limit=" + bodyLimit), port);
    }

    /** Waits until the node has started, launching it again on a new port when its port was taken. */
    static Started await(Started node, String name, Path dir, IntFunction<Path> serviceForPort, long bodyLimit, Path release) {
        for (int attempt = 1; ; attempt++) {
            try {
                node.process().awaitLine("node started", 180);
                return node;
            } catch (AssertionError e) {
                node.process().close();
                if (attempt >= ATTEMPTS || !String.valueOf(e.getMessage()).contains("Port already in use")) {
                    throw e;
                }
                node = launch(name, dir, serviceForPort, bodyLimit, release);
            }
        }
    }
}
