package dev.cleave.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.cleave.node.NodeAgent;
import dev.cleave.node.cli.StartOptions;
import dev.cleave.segmenter.Segmenter;
import dev.cleave.segmenter.config.ProjectConfigLoader;

/**
 * The comic demo under load, on one node and on three, in one run: timeline reads ("For you" and
 * "Following", ten posts with their creators, comics and counts) and writes (posting a comment,
 * toggling a like) by a logged-in person at a fixed concurrency, under wrk. The demo's own service
 * files (services/standalone.json and services/cluster/node1..3.json) on free ports, all in this
 * JVM, seeded as on a first start, then filled with {@code -Dposts} posts (default 10 000) by
 * {@code -Dcreators} creators (default 20) through the demo's procedures ({@link DemoFill}).
 * {@code -Ddemo=} names another copy of the demo project (to measure an older read path side by
 * side); {@code -Dnodes=1} or {@code -Dnodes=3} runs only one of the two set-ups. Run with {@code ./cleave bench demo}; see docs/benchmarks.md.
 */
public final class DemoBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoBench() {}

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("seconds", 10);
        int concurrency = Integer.getInteger("concurrency", 16);
        int posts = Integer.getInteger("posts", 10_000);
        int creators = Integer.getInteger("creators", 20);
        Path project = Path.of(System.getProperty("demo", "demo-comic-app"));
        String topologies = System.getProperty("nodes", "1,3");
        Path dir = Files.createTempDirectory("cleave-demo-bench");
        Path release = build(project, dir.resolve("project"));
        List<NodeAgent> nodes = new ArrayList<>();

        List<LoadRun.Target> targets = new ArrayList<>();
        if (topologies.contains("1")) {
            int single = LoadRun.freePort();
            nodes.add(start(service(project, dir, "standalone.json", single, null), release));
            targets.addAll(targets("1 node", new DemoClient(single), creators, posts));
        }
        if (topologies.contains("3")) {
            String cluster = "bench-comic-" + UUID.randomUUID();
            int entry = LoadRun.freePort();
            for (String name : List.of("node2", "node3", "node1")) {
                int port = name.equals("node1") ? entry : LoadRun.freePort();
                nodes.add(start(service(project, dir, "cluster/" + name + ".json", port, cluster), release));
            }
            targets.addAll(targets("3 nodes", new DemoClient(entry), creators, posts));
        }
        LoadRun.run("demo", "Comic demo benchmark", project + " seeded and filled with " + posts + " posts by " + creators
                + " creators, nodes " + topologies + " (one standalone node, a three-node cluster "
                + "of node 1: bff; node 2: reads, notification; node 3: writes) in one JVM, a logged-in person who follows them", targets,
                List.of(concurrency), seconds);
        nodes.forEach(node -> node.stop("benchmark over"));
        System.exit(0);
    }

    /**
     * The four operations against one node: the timelines and the like as a person who follows the
     * {@code creators} who made the posts, the comments by one of those creators (so what the
     * warm-up posts is the newest part of both timelines, as when the people you follow post).
     */
    private static List<LoadRun.Target> targets(String label, DemoClient client, int creators, int posts) throws Exception {
        awaitSeeded(client);
        String nickname = "bench_" + Long.toString(System.nanoTime() % 1_000_000, 36);
        String token = client.call(null, "authentication/signUp",
                Map.of("nickname", nickname, "fullName", "Bench Person", "password", "bench-password")).get("token").asText();
        DemoFill.Creators made = DemoFill.fill(client, label, creators, posts);
        for (String creatorId : made.ids()) {
            client.call(token, "relation/followCreator", Map.of("creatorId", creatorId));
        }
        JsonNode page = client.call(token, "timeline/forYou", Map.of());
        JsonNode views = page.has("posts") ? page.get("posts") : page;
        String postId = views.get(0).get("post").get("id").asText();
        String rpc = "http://127.0.0.1:" + client.port() + "/rpc/domain/";
        Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
        Map<String, String> creator = Map.of("Authorization", "Bearer " + made.tokens().getFirst());
        return List.of(
                new LoadRun.Target(label + ": timeline read (For you, 10 posts)", rpc + "timeline/forYou", "{}", auth),
                new LoadRun.Target(label + ": timeline read (Following)", rpc + "timeline/following", "{}", auth),
                new LoadRun.Target(label + ": write, post a comment", rpc + "post/publishComment", "{\"text\":\"bench\"}", creator),
                new LoadRun.Target(label + ": write, toggle a like", rpc + "rating/toggleLike", "{\"postId\":\"" + postId + "\"}", auth));
    }

    private static Path build(Path project, Path copy) throws Exception {
        for (String name : List.of("cleave.json", "src", "segments", "services", "webui")) {
            Path from = project.resolve(name);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(name).resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target);
                    }
                }
            }
        }
        return new Segmenter().build(ProjectConfigLoader.find(copy)).target();
    }

    /** A copy of the project's services/{@code name} on {@code port}, with its own data folder and cluster name. */
    private static Path service(Path project, Path dir, String name, int port, String cluster) throws Exception {
        ObjectNode service = (ObjectNode) JSON.readTree(project.resolve("services").resolve(name).toFile());
        service.put("url", "http://127.0.0.1:" + port);
        if (cluster != null) {
            ((ObjectNode) service.get("cluster")).put("name", cluster);
        }
        if (service.has("state") && service.get("state").has("dataDir")) {
            ((ObjectNode) service.get("state")).put("dataDir", dir.resolve("data-" + port).toString());
        }
        Path file = dir.resolve("service-" + port + ".json");
        JSON.writeValue(file.toFile(), service);
        return file;
    }

    private static NodeAgent start(Path service, Path release) {
        return NodeAgent.start(new StartOptions(service, null, "warn", 8L << 20, release, 0, Duration.ofSeconds(30)), release);
    }

    /** Waits until the seed is there: the seeded creator 'mara' logs in (and every segment answers). */
    private static void awaitSeeded(DemoClient client) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (true) {
            HttpResponse<String> response = client.send(null, "authentication/login",
                    "{\"nickname\":\"mara\",\"password\":\"comics-demo\"}");
            if (response.statusCode() == 200) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the demo on port " + client.port() + " was not seeded: " + response.body());
            }
            Thread.sleep(500);
        }
    }
}
