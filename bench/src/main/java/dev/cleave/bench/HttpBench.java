package dev.cleave.bench;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;

import dev.cleave.node.NodeAgent;
import dev.cleave.node.cli.StartOptions;

/**
 * Requests/s and p50/p99 latency of Cleave's {@code /rpc} API under wrk, side by side in one run
 * with a plain Javalin handler that returns the same value: a trivial procedure (the ratio is
 * Cleave's overhead) and a CPU-bound one (fib in JavaScript next to fib in Java), at several
 * concurrencies. Run with {@code ./cleave bench http}; see docs/benchmarks.md.
 */
public final class HttpBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpBench() {}

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("seconds", 10);
        int fibN = Integer.getInteger("fib", 25);
        List<Integer> concurrencies = List.of(1, 16, 64);
        Path dir = Files.createTempDirectory("cleave-bench");
        int cleavePort = LoadRun.freePort();
        Path service = dir.resolve("bench.json");
        Files.writeString(service, "{ \"url\": \"http://127.0.0.1:" + cleavePort + "\", \"standalone\": {} }");
        NodeAgent node = NodeAgent.start(new StartOptions(service, null, "warn", StartOptions.DEFAULT_BODY_LIMIT,
                release(), 0, Duration.ofSeconds(30)), release());
        Javalin plain = plainJavalin().start("127.0.0.1", 0);
        String cleave = "http://127.0.0.1:" + cleavePort + "/rpc/bench/";
        String javalin = "http://127.0.0.1:" + plain.port() + "/";
        List<LoadRun.Target> targets = List.of(
                new LoadRun.Target("javalin echo", javalin + "echo", "{\"value\":\"hello\"}"),
                new LoadRun.Target("cleave echo", cleave + "echo", "{\"value\":\"hello\"}"),
                new LoadRun.Target("javalin fib(" + fibN + ") in Java", javalin + "fib", "{\"n\":" + fibN + "}"),
                new LoadRun.Target("cleave fib(" + fibN + ") in JS", cleave + "fib", "{\"n\":" + fibN + "}"));
        LoadRun.run("http", "HTTP benchmark", "Cleave and Javalin in one JVM", targets, concurrencies, seconds);
        plain.stop();
        node.stop("benchmark over");
        System.exit(0);
    }

    private static Javalin plainJavalin() {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            config.routes.post("/echo", ctx -> ctx.result(JSON.readTree(ctx.body()).get("value").asText()));
            config.routes.post("/fib", ctx -> ctx.result(String.valueOf(fib(JSON.readTree(ctx.body()).get("n").asInt()))));
        });
    }

    private static long fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    private static Path release() throws URISyntaxException {
        return Path.of(HttpBench.class.getResource("/releases/http").toURI());
    }
}
