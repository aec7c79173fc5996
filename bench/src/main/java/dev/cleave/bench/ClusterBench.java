package dev.cleave.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.javalin.Javalin;

import dev.cleave.node.NodeAgent;
import dev.cleave.node.cli.StartOptions;

/**
 * Latency and calls/s of the cluster's call paths under wrk, in one run: a call answered on the
 * node that received it, a call routed to another node, and a call whose procedure calls a
 * segment on another node — next to a plain HTTP hop between two Javalin servers (the
 * reference) and a Javalin handler with no hop. Two Cleave nodes form one Hazelcast cluster on
 * 127.0.0.1. Run with {@code ./cleave bench cluster}; see docs/benchmarks.md.
 */
public final class ClusterBench {
    private static final String BODY = "{\"value\":\"hello\"}";

    private ClusterBench() {}

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("seconds", 10);
        Path release = Path.of(ClusterBench.class.getResource("/releases/cluster").toURI());
        Path dir = Files.createTempDirectory("cleave-cluster-bench");
        String cluster = ", \"cluster\": { \"name\": \"bench-" + UUID.randomUUID() + "\" }";
        int frontPort = LoadRun.freePort();
        int backPort = LoadRun.freePort();
        NodeAgent front = start(dir, frontPort, cluster, "standalone", "{ \"segments\": [\"front\"] }", release);
        NodeAgent back = start(dir, backPort, cluster, "worker", "{ \"segments\": [\"back\"] }", release);
        String node = "http://127.0.0.1:" + frontPort + "/rpc/bench/";
        awaitRoutable(node + "remote");
        HttpClient client = HttpClient.newHttpClient();
        Javalin target = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            config.routes.post("/echo", ctx -> ctx.result(ctx.body()));
        }).start("127.0.0.1", 0);
        String echo = "http://127.0.0.1:" + target.port() + "/echo";
        Javalin hop = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            config.routes.post("/relay", ctx -> ctx.result(client.send(HttpRequest.newBuilder(URI.create(echo))
                    .POST(HttpRequest.BodyPublishers.ofString(ctx.body())).build(), HttpResponse.BodyHandlers.ofString()).body()));
        }).start("127.0.0.1", 0);
        List<LoadRun.Target> targets = List.of(
                new LoadRun.Target("javalin, no hop", echo, BODY),
                new LoadRun.Target("javalin -> javalin over HTTP (reference hop)", "http://127.0.0.1:" + hop.port() + "/relay", BODY),
                new LoadRun.Target("cleave, answered on the receiving node", node + "local", BODY),
                new LoadRun.Target("cleave, routed to the other node", node + "remote", BODY),
                new LoadRun.Target("cleave, a procedure calling a segment on the other node", node + "relay", BODY));
        LoadRun.run("cluster", "Cluster benchmark", "two nodes and three Javalin servers in one JVM", targets,
                List.of(1, 16), seconds);
        hop.stop();
        target.stop();
        front.stop("benchmark over");
        back.stop("benchmark over");
        System.exit(0);
    }

    private static NodeAgent start(Path dir, int port, String cluster, String role, String section, Path release)
            throws Exception {
        Path service = dir.resolve(role + ".json");
        Files.writeString(service, "{ \"url\": \"http://127.0.0.1:" + port + "\"" + cluster + ", \"" + role + "\": "
                + section + " }");
        return NodeAgent.start(new StartOptions(service, null, "warn", StartOptions.DEFAULT_BODY_LIMIT, release, 0,
                Duration.ofSeconds(30)), release);
    }

    private static void awaitRoutable(String url) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"value\":1}")).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the second node never became routable at " + url);
    }
}
