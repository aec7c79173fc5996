package dev.cleave.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk, the HTTP load generator, with a POST body and reads requests/s and latency percentiles. */
final class Wrk {
    record Result(double requestsPerSecond, double p50Millis, double p99Millis, long errors) {}

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {}

    static Result run(String url, String body, int connections, int seconds) throws IOException, InterruptedException {
        return run(url, body, java.util.Map.of(), connections, seconds);
    }

    /** The same with extra request headers (an Authorization header, say). */
    static Result run(String url, String body, java.util.Map<String, String> headers, int connections, int seconds)
            throws IOException, InterruptedException {
        Path script = Files.createTempFile("cleave-wrk", ".lua");
        StringBuilder lua = new StringBuilder("wrk.method = \"POST\"\nwrk.body = '" + body + "'\nwrk.headers[\"Content-Type\"] = \"application/json\"\n");
        headers.forEach((name, value) -> lua.append("wrk.headers[\"").append(name).append("\"] = \"").append(value).append("\"\n"));
        Files.writeString(script, lua);
        List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s",
                "--latency", "-s", script.toString(), url));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("wrk failed: " + output);
        }
        Files.deleteIfExists(script);
        return new Result(number(RATE, output), percentile("50%", output), percentile("99%", output), errors(output));
    }

    private static double number(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("cannot read wrk's output:\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static long errors(String output) {
        long errors = 0;
        Matcher status = ERRORS.matcher(output);
        if (status.find()) {
            errors += Long.parseLong(status.group(1));
        }
        Matcher socket = SOCKET.matcher(output);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        return errors;
    }

    /** A latency percentile of wrk's "Latency Distribution", in milliseconds. */
    private static double percentile(String label, String output) {
        Matcher matcher = Pattern.compile("\\s" + Pattern.quote(label) + "\\s+([\\d.]+)(us|ms|s)").matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + label + " latency in wrk's output:\n" + output);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
