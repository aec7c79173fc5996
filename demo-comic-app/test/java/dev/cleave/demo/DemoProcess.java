package dev.cleave.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A node of the demo as its own process ({@code dev.cleave.node.cli.Main start}, the test's class
 * path and JVM flags), its output kept for waiting and for failure messages. Stopped by its PID.
 */
final class DemoProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private DemoProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        Thread.ofVirtual().start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                reader.lines().forEach(output::add);
            } catch (IOException e) {
                output.add("reader failed: " + e);
            }
        });
    }

    static DemoProcess start(String name, Path workDir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> !arg.startsWith("-agentlib") && !arg.startsWith("-javaagent") && !arg.startsWith("-Xmx"))
                .forEach(command::add);
        command.addAll(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"), "dev.cleave.node.cli.Main", "start"));
        command.addAll(List.of(args));
        try {
            return new DemoProcess(name, new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until a line contains {@code fragment}; fails after {@code seconds} or when the process exits. */
    void awaitLine(String fragment, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (output.stream().noneMatch(line -> line.contains(fragment))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + ": no '" + fragment + "' within " + seconds + " s:\n" + String.join("\n", output));
            }
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited early:\n" + String.join("\n", output));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    List<String> output() {
        return output;
    }

    /** SIGTERM to this PID (graceful stop), SIGKILL after 15 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.toHandle().destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.toHandle().destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
