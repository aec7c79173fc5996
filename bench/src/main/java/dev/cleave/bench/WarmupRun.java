package dev.cleave.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One target of the warm-up benchmark: its processes started cold, its first answer, its load curve. */
final class WarmupRun {
    private static final Duration START_DEADLINE = Duration.ofSeconds(120);
    private static final Duration STOP_DEADLINE = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** What one target did: requests/s in each second of load, and the resident memory after it. */
    record Result(String name, long firstAnswerMillis, List<Double> rates, long maxRssMegabytes) {
        double firstSecondsAverage(int seconds) {
            return rates.subList(0, Math.min(seconds, rates.size())).stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }

        /** The highest three-second average of the run. */
        double peak() {
            double peak = 0;
            for (int i = 0; i + 3 <= rates.size(); i++) {
                peak = Math.max(peak, average(i));
            }
            return peak;
        }

        /** The seconds of load until a three-second average first reached {@code fraction} of the peak. */
        String secondsToFraction(double fraction) {
            double peak = peak();
            for (int i = 0; i + 3 <= rates.size(); i++) {
                if (average(i) >= fraction * peak) {
                    return String.valueOf(i + 3);
                }
            }
            return "-";
        }

        String perSecond() {
            return String.join(" ", rates.stream().map(rate -> String.format("%.0f", rate)).toList());
        }

        private double average(int from) {
            return (rates.get(from) + rates.get(from + 1) + rates.get(from + 2)) / 3;
        }
    }

    private WarmupRun() {}

    /**
     * Starts the processes that {@code starts} makes for a list of free ports (the first one takes the
     * load at {@code path}), loads them for {@code seconds} from the first answer, and stops them by PID.
     */
    static Result measure(String name, int connections, int seconds, String path,
                          Function<List<Integer>, List<ProcessBuilder>> starts) throws Exception {
        List<Integer> ports = List.of(LoadRun.freePort(), LoadRun.freePort(), LoadRun.freePort());
        String url = "http://127.0.0.1:" + ports.get(0) + path;
        System.out.printf("%s: starting...%n", name);
        List<Process> processes = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (ProcessBuilder builder : starts.apply(ports)) {
                Path log = Files.createTempFile("cleave-warmup", ".log");
                logs.add(log);
                processes.add(builder.redirectErrorStream(true).redirectOutput(log.toFile()).start());
            }
            awaitFirstAnswer(url, processes, logs, started);
            long firstAnswer = (System.nanoTime() - started) / 1_000_000;
            List<Double> rates = new ArrayList<>();
            for (int second = 0; second < seconds; second++) {
                rates.add(Wrk.run(url, "{\"name\":\"warm\"}", connections, 1).requestsPerSecond());
            }
            long rss = 0;
            for (Process process : processes) {
                rss = Math.max(rss, residentMegabytes(process.pid()));
            }
            Result result = new Result(name, firstAnswer, rates, rss);
            System.out.printf("%s: first answer %d ms, first 14 s %.0f req/s, peak %.0f req/s, RSS %d MB%n", name,
                    firstAnswer, result.firstSecondsAverage(14), result.peak(), rss);
            return result;
        } finally {
            stop(processes);
        }
    }

    private static void awaitFirstAnswer(String url, List<Process> processes, List<Path> logs, long started)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"warm\"}")).build();
        while (System.nanoTime() - started < START_DEADLINE.toNanos()) {
            for (int i = 0; i < processes.size(); i++) {
                if (!processes.get(i).isAlive()) {
                    throw new IllegalStateException("a process of the target exited with " + processes.get(i).exitValue()
                            + " before answering " + url + "; its output (" + logs.get(i) + "):\n" + Files.readString(logs.get(i)));
                }
            }
            try {
                if (CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no answer from " + url + " within " + START_DEADLINE.toSeconds() + " s");
    }

    /** VmRSS of a process, from /proc. */
    private static long residentMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return 0;
    }

    private static void stop(List<Process> processes) throws InterruptedException {
        for (Process process : processes) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        for (Process process : processes) {
            if (!process.waitFor(STOP_DEADLINE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
        }
    }
}
