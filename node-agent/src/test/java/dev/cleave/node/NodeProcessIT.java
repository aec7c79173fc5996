package dev.cleave.node;

import static dev.cleave.node.TestNodes.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node as a real process: its start line, a graceful stop on SIGTERM, and errors on bad input. */
class NodeProcessIT {
    @TempDir
    Path dir;
    Process process;
    Thread reader;
    final List<String> output = new CopyOnWriteArrayList<>();

    @AfterEach
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private Process launch(String... args) throws IOException {
        return launch(Map.of(), args);
    }

    private Process launch(Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> !arg.startsWith("-agentlib") && !arg.startsWith("-javaagent")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.cleave.node.cli.Main", "start"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        process = builder.start();
        reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                reader.lines().forEach(output::add);
            } catch (IOException e) {
                output.add("reader failed: " + e);
            }
        });
        return process;
    }

    /** Waits for the process to exit and for its output to be read to the end. */
    private int awaitExit() throws InterruptedException {
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("node did not exit: %s", output).isTrue();
        assertThat(reader.join(Duration.ofSeconds(10))).isTrue();
        return process.exitValue();
    }

    private void awaitLine(String fragment) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (output.stream().noneMatch(line -> line.contains(fragment))) {
            assertThat(System.nanoTime()).as("waiting for '%s' in %s", fragment, output).isLessThan(deadline);
            assertThat(process.isAlive()).as("node exited early: %s", output).isTrue();
            Thread.onSpinWait();
            Thread.sleep(20);
        }
    }

    @Test
    void drainsCallsInFlightOnSigtermAndExitsCleanly() throws Exception {
        int port = TestNodes.freePort();
        Path service = TestNodes.serviceFile(dir, port, ", \"tearDown\": [\"./tearDown\"]", "standalone", "{}");
        launch("--service=" + service, "--release=" + SHOP, "--log-level=debug", "--loops=1");
        awaitLine("node started role=standalone segments=[orders, catalog] url=http://127.0.0.1:" + port);
        assertThat(output).anyMatch(line -> line.contains("engine=GraalVM CE (JIT)"));
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(
                () -> TestNodes.post(port, "orders/slowOrder", "{\"ms\":1500}").body());
        awaitLine("call orders/slowOrder 0.0.0 received");
        process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the output we read
        assertThat(slow.join()).isEqualTo("done after 1500 ms");
        assertThat(awaitExit()).isZero();
        assertThat(output).anyMatch(line -> line.contains("node stopping (SIGTERM): draining 1 call(s) in flight"));
        assertThat(output).anyMatch(line -> line.contains("cleave.app - tearDown ran"));
        assertThat(output).anyMatch(line -> line.contains("node stopped"));
    }

    @Test
    void exitsWithAMessageAndNoStackTraceOnABadServiceFile() throws Exception {
        Path service = TestNodes.serviceFile(dir, 1, ", \"middlewares\": []", "standalone", "{}");
        launch("--service=" + service, "--release=" + SHOP);
        assertThat(awaitExit()).isEqualTo(1);
        assertThat(output).anyMatch(line -> line.startsWith("cleave: " + service + ": unknown key 'middlewares'"));
        assertThat(output).noneMatch(line -> line.contains("\tat "));
    }

    @Test
    void refusesToStartWithAnEmptyTrustKeyInsteadOfServingProtectedProceduresToAll() throws Exception {
        Path service = TestNodes.serviceFile(dir, TestNodes.freePort(), "", "standalone", "{ \"trustKey\": \"${TK}\" }");
        launch(Map.of("TK", ""), "--service=" + service, "--release=" + SHOP);
        assertThat(awaitExit()).isEqualTo(1);
        assertThat(output).anyMatch(line -> line.startsWith("cleave: " + service + ": 'standalone.trustKey' is empty;")
                && line.contains("`openssl rand -hex 32`"));
        assertThat(output).noneMatch(line -> line.contains("node started"));
    }

    @Test
    void explainsAMissingRelease() throws Exception {
        Path service = TestNodes.serviceFile(dir, 1, "", "standalone", "{}");
        launch("--service=" + service, "--release=" + dir.resolve("dist"));
        assertThat(awaitExit()).isEqualTo(1);
        assertThat(output).anyMatch(line -> line.contains("manifest.json is missing) — build it with ./cleave build"));
    }
}
