package dev.cleave.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One wrk benchmark run over several targets side by side: a warm-up per target, then one row per
 * target and concurrency, printed as it comes and written to {@code bench/results/<name>-<date>.md}.
 */
final class LoadRun {
    /** A URL to load with a JSON POST body and extra headers. */
    record Target(String name, String url, String body, java.util.Map<String, String> headers) {
        Target(String name, String url, String body) {
            this(name, url, body, java.util.Map.of());
        }
    }

    private LoadRun() {}

    static void run(String name, String title, String setup, List<Target> targets, List<Integer> concurrencies,
                    int seconds) throws IOException, InterruptedException {
        System.out.printf("warming up (%d s per target)...%n", seconds);
        for (Target target : targets) {
            Wrk.run(target.url(), target.body(), target.headers(), 16, seconds);
        }
        List<String> rows = new ArrayList<>();
        for (int concurrency : concurrencies) {
            for (Target target : targets) {
                Wrk.Result result = Wrk.run(target.url(), target.body(), target.headers(), concurrency, seconds);
                String row = String.format("| %s | %d | %.0f | %.2f | %.2f | %d |", target.name(), concurrency,
                        result.requestsPerSecond(), result.p50Millis(), result.p99Millis(), result.errors());
                rows.add(row);
                System.out.println(row);
            }
        }
        String table = "| target | concurrency | requests/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|---|\n"
                + String.join("\n", rows) + "\n";
        Path results = Path.of("bench/results/" + name + "-" + LocalDate.now() + ".md");
        Files.createDirectories(results.getParent());
        Files.writeString(results, "# " + title + ", " + LocalDate.now() + "\n\nwrk -t1, " + seconds + " s per row after "
                + seconds + " s of warm-up per target; " + setup + "; " + Runtime.getRuntime().availableProcessors()
                + " cores.\n\n" + table);
        System.out.println("\n" + table + "\nwritten to " + results);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
