package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.function.Predicate;

/**
 * A node started as a real JVM process with the test JVM's flags and class path; its output is
 * read by a thread. Stopped by PID: {@link #kill()} is SIGKILL, {@link #close()} SIGTERM then SIGKILL.
 */
public final class NodeProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private NodeProcess(String name, Process process) {
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

    /** Starts {@code ./cleave start} with {@code args}. */
    public static NodeProcess start(String name, String... args) {
        return startIn(name, null, args);
    }

    /** Starts {@code ./cleave start} with {@code args} in folder {@code workDir} ({@code null}: this one). */
    public static NodeProcess startIn(String name, Path workDir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> !arg.startsWith("-agentlib") && !arg.startsWith("-javaagent") && !arg.startsWith("-Xmx"))
                .forEach(command::add);
        command.addAll(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"), "dev.cleave.node.cli.Main", "start"));
        command.addAll(List.of(args));
        try {
            return new NodeProcess(name, new ProcessBuilder(command).directory(workDir == null ? null : workDir.toFile())
                    .redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> output() {
        return output;
    }

    /** Waits until a line of output matches, failing after {@code seconds} or when the process exits. */
    public void awaitLine(Predicate<String> match, String what, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (output.stream().noneMatch(match)) {
            assertThat(System.nanoTime()).as("%s: waiting for %s in %s", name, what, output).isLessThan(deadline);
            assertThat(process.isAlive()).as("%s exited early: %s", name, output).isTrue();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public void awaitLine(String fragment, int seconds) {
        awaitLine(line -> line.contains(fragment), "'" + fragment + "'", seconds);
    }

    /** SIGKILL: the process dies at once, without leaving the cluster. */
    public void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    /** SIGTERM (graceful stop), then SIGKILL after 15 s. */
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

    @Override
    public String toString() {
        return name;
    }
}
