package dev.cleave.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import dev.cleave.node.NodeAgent;
import dev.cleave.node.cli.StartOptions;
import dev.cleave.segmenter.Segmenter;
import dev.cleave.segmenter.config.ProjectConfigLoader;

/**
 * Operations per second of the state modules through their JavaScript API, next to the same
 * operations on Hazelcast directly from Java ({@link DirectHazelcast}); the ratio is what the
 * binding costs. Each side is one Hazelcast member alone, in memory, in this JVM. The JavaScript
 * side runs as one procedure call per event loop of the node ({@code -Dloops}, default 1; a node
 * starts one per core, see docs/benchmarks.md for why the bench does not), each with its share of
 * {@code -DinFlight} (default 64) operations in flight; the Java side runs as many virtual
 * threads. {@code get} and
 * {@code query} read what {@code put} wrote, so keep {@code put} first in {@code -Doperations}.
 * Run with {@code ./cleave bench state}; see docs/benchmarks.md.
 */
public final class StateBench {
    static final int IN_FLIGHT = Integer.getInteger("inFlight", 64);
    private static final int LOOPS = Integer.getInteger("loops", 1);
    private static final String[] OPERATIONS = System.getProperty("operations", "put,get,getMany,cachedGet,query,increment").split(",");

    private StateBench() {}

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("ops", 20_000);
        Path dir = Files.createTempDirectory("cleave-state-bench");
        Path release = build(dir);
        int port = LoadRun.freePort();
        Path service = dir.resolve("node.json");
        Files.writeString(service, "{ \"url\": \"http://127.0.0.1:" + port + "\", \"cluster\": { \"name\": \"state-bench-"
                + UUID.randomUUID() + "\" }, \"standalone\": {} }");
        NodeAgent node = NodeAgent.start(new StartOptions(service, null, "warn", StartOptions.DEFAULT_BODY_LIMIT, release, LOOPS,
                Duration.ofMinutes(5)), release);
        List<String> rows = new ArrayList<>();
        try (DirectHazelcast direct = DirectHazelcast.start()) {
            for (int round = 0; round < 2; round++) { // the first round warms up both sides
                rows.clear();
                for (String operation : OPERATIONS) {
                    double js = count / seconds(() -> call(port, operation, count));
                    double java = count / seconds(() -> direct.run(operation, count));
                    String row = String.format("| %s | %.0f | %.0f | %.2f |", operation, js, java, java / js);
                    rows.add(row);
                    System.out.println((round == 0 ? "warm-up " : "") + row);
                }
            }
        } finally {
            node.stop("benchmark over");
        }
        String table = "| operation | JS API ops/s | Hazelcast from Java ops/s | binding cost (Java / JS) |\n|---|---|---|---|\n"
                + String.join("\n", rows) + "\n";
        Path results = Path.of("bench/results/state-" + LocalDate.now() + ".md");
        Files.createDirectories(results.getParent());
        Files.writeString(results, "# State bindings, " + LocalDate.now() + "\n\n" + count + " operations per row, "
                + IN_FLIGHT + " in flight (JS: over " + LOOPS + " event loops), after one warm-up round; "
                + Runtime.getRuntime().availableProcessors() + " cores; load average at the end " + Files.readString(Path.of("/proc/loadavg")).trim() + ".\n\n" + table);
        System.out.println("\n" + table + "\nwritten to " + results);
        System.exit(0);
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double seconds(Work work) throws Exception {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e9;
    }

    /** The operation as one call per loop, each doing its part of count, all at once. */
    private static void call(int port, String operation, int count) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> parts = new ArrayList<>();
        for (int part = 0; part < LOOPS; part++) {
            parts.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/rpc/bench/" + operation))
                    .timeout(Duration.ofMinutes(5)).header("content-type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"count\": " + count / LOOPS + ", \"inFlight\": "
                            + Math.max(1, IN_FLIGHT / LOOPS) + ", \"part\": " + part + ", \"parts\": " + LOOPS + "}"))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (var part : parts) {
            HttpResponse<String> response = part.get();
            if (response.statusCode() != 200 || !response.body().equals(String.valueOf(count / LOOPS))) {
                throw new IllegalStateException(operation + " failed: " + response.statusCode() + " " + response.body());
            }
        }
    }

    /** Writes the benchmark's TypeScript project and builds it with the segmenter. */
    private static Path build(Path dir) throws Exception {
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("src/bench"));
        Files.createDirectories(project.resolve("segments"));
        Files.writeString(project.resolve("cleave.json"), "{ \"source\": \"./src\", \"target\": \"./dist\", \"segments\": \"./segments\" }");
        try (var source = StateBench.class.getResourceAsStream("/apps/state/ops.ts")) {
            Files.write(project.resolve("src/bench/ops.ts"), source.readAllBytes());
        }
        StringBuilder segment = new StringBuilder("{ \"./bench/ops\": {");
        for (int i = 0; i < OPERATIONS.length; i++) {
            segment.append(i == 0 ? "" : ", ").append('"').append(OPERATIONS[i]).append("\": { \"access\": \"public\" }");
        }
        Files.writeString(project.resolve("segments/bench.json"), segment.append(" } }").toString());
        return new Segmenter().build(ProjectConfigLoader.find(project)).target();
    }
}
