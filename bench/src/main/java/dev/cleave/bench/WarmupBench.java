package dev.cleave.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * How fast a freshly started node serves, side by side in one run: Cleave nodes and plain Node.js
 * {@code http} servers, each a separate process started cold, loaded with wrk at once after its first
 * answer, one request-rate figure per second. Two paths: one process answering {@code greet(name)}, and
 * {@code chain(name)} calling {@code greet} in another process (Cleave: a gateway and two workers, one
 * per segment; Node.js: one server calling the other over HTTP). Run with {@code ./cleave bench warmup};
 * see docs/benchmarks.md.
 */
public final class WarmupBench {
    private static final String BODY = "{\"name\":\"warm\"}";

    private WarmupBench() {}

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("seconds", 60);
        int connections = Integer.getInteger("connections", 64);
        Path root = Path.of("").toAbsolutePath();
        Path project = WarmupProject.copy(Files.createTempDirectory("cleave-warmup-bench"));
        WarmupProject.build(root, project);
        String cluster = "bench-warmup-" + UUID.randomUUID();

        WarmupRun.Result nodeOne = WarmupRun.measure("node.js, one process", connections, seconds, "/greet",
                ports -> List.of(WarmupProject.nodeServer(project, ports.get(0), null)));
        WarmupRun.Result cleaveOne = WarmupRun.measure("cleave, one process", connections, seconds, "/rpc/greeting/greet",
                ports -> List.of(standalone(root, project, ports, "standalone")));
        List<WarmupRun.Result> results = new ArrayList<>(List.of(nodeOne, cleaveOne));
        List<WarmupRun.Result[]> pairs = new ArrayList<>();
        pairs.add(new WarmupRun.Result[] {nodeOne, cleaveOne});
        if (Boolean.parseBoolean(System.getProperty("chain", "true"))) {
            WarmupRun.Result nodeChain = WarmupRun.measure("node.js, chain over one HTTP hop", connections, seconds, "/chain",
                    ports -> List.of(
                            WarmupProject.nodeServer(project, ports.get(0), "http://127.0.0.1:" + ports.get(1) + "/greet"),
                            WarmupProject.nodeServer(project, ports.get(1), null)));
            WarmupRun.Result cleaveChain = WarmupRun.measure("cleave, chain: gateway + 2 workers", connections, seconds,
                    "/rpc/chain/chain", ports -> List.of(
                            WarmupProject.cleaveNode(root, project, "gateway", "{ \"url\": \"http://127.0.0.1:"
                                    + ports.get(0) + "\", \"cluster\": { \"name\": \"" + cluster + "\" }, \"gateway\": {} }"),
                            WarmupProject.cleaveNode(root, project, "worker-a", worker(ports, 1, "a", cluster)),
                            WarmupProject.cleaveNode(root, project, "worker-b", worker(ports, 2, "b", cluster))));
            results.addAll(List.of(nodeChain, cleaveChain));
            pairs.add(new WarmupRun.Result[] {nodeChain, cleaveChain});
        }
        for (String variant : Objects.requireNonNullElse(System.getenv("CLEAVE_WARMUP_VARIANTS"), "").split(";")) {
            if (variant.isBlank()) {
                continue;
            }
            String[] labelAndOptions = variant.split("=", 2);
            if (labelAndOptions.length != 2) {
                throw new IllegalArgumentException("CLEAVE_WARMUP_VARIANTS takes label=JVM options, separated by ';' (got '" + variant + "')");
            }
            WarmupRun.Result result = WarmupRun.measure("cleave, one process, " + labelAndOptions[0], connections, seconds,
                    "/rpc/greeting/greet", ports -> List.of(withJavaOptions(standalone(root, project, ports, "variant"),
                            labelAndOptions[1])));
            results.add(result);
            pairs.add(new WarmupRun.Result[] {nodeOne, result});
        }
        report(results, pairs, connections, seconds);
    }

    /** A node started with extra JVM options after Cleave's own (the later of two equal flags wins). */
    private static ProcessBuilder withJavaOptions(ProcessBuilder builder, String options) {
        builder.environment().put("CLEAVE_JAVA_OPTS", options);
        return builder;
    }

    private static ProcessBuilder standalone(Path root, Path project, List<Integer> ports, String name) {
        return WarmupProject.cleaveNode(root, project, name, "{ \"url\": \"http://127.0.0.1:" + ports.get(0)
                + "\", \"standalone\": {} }");
    }

    private static String worker(List<Integer> ports, int index, String segment, String cluster) {
        return "{ \"url\": \"http://127.0.0.1:" + ports.get(index) + "\", \"cluster\": { \"name\": \"" + cluster
                + "\" }, \"worker\": { \"gateway\": \"http://127.0.0.1:" + ports.get(0) + "\", \"segments\": [\"" + segment
                + "\"] } }";
    }

    private static void report(List<WarmupRun.Result> results, List<WarmupRun.Result[]> pairs, int connections, int seconds)
            throws IOException {
        StringBuilder table = new StringBuilder("| target | first answer ms | req/s, first 14 s | peak req/s (3 s avg) "
                + "| s to 90% of peak | max RSS MB per process |\n|---|---|---|---|---|---|\n");
        StringBuilder curves = new StringBuilder();
        for (WarmupRun.Result result : results) {
            table.append(String.format("| %s | %d | %.0f | %.0f | %s | %d |%n", result.name(), result.firstAnswerMillis(),
                    result.firstSecondsAverage(14), result.peak(), result.secondsToFraction(0.9), result.maxRssMegabytes()));
            curves.append("- ").append(result.name()).append(": ").append(result.perSecond()).append('\n');
        }
        String ratios = ratios(pairs);
        String text = "# Warm-up benchmark, " + LocalDate.now() + "\n\nEach target is started cold as separate processes, then "
                + "loaded by wrk -t1 -c" + connections + " in 1 s slices for " + seconds + " s from its first answer; "
                + Runtime.getRuntime().availableProcessors() + " cores.\n\n" + table + "\nRatios, Cleave / Node.js:\n\n"
                + ratios + "\nRequests/s per second of load:\n\n" + curves;
        Path file = Path.of("bench/results/warmup-" + LocalDate.now() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        System.out.println("\n" + text + "\nwritten to " + file);
    }

    private static String ratios(List<WarmupRun.Result[]> pairs) {
        StringBuilder lines = new StringBuilder();
        for (WarmupRun.Result[] pair : pairs) {
            WarmupRun.Result node = pair[0];
            WarmupRun.Result cleave = pair[1];
            lines.append(String.format("- %s: first 14 s %.2f×, peak %.2f×, first answer %.1f× the time, RSS %.1f×%n",
                    cleave.name(), cleave.firstSecondsAverage(14) / node.firstSecondsAverage(14), cleave.peak() / node.peak(),
                    (double) cleave.firstAnswerMillis() / node.firstAnswerMillis(),
                    (double) cleave.maxRssMegabytes() / node.maxRssMegabytes()));
        }
        return lines.toString();
    }
}
