package dev.cleave.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import dev.cleave.node.NodeProcess;

/**
 * The story against the three-node cluster of services/cluster/: node 1 (bff, the page, the
 * session middleware), node 2 (reads, notification), node 3 (writes, the seed), each its own
 * process on 127.0.0.1, on free ports and a cluster name of their own.
 */
class ClusterStoryIT extends StoryBehaviour {
    private final List<NodeProcess> nodes = new ArrayList<>();

    @Override
    int start(Path release, Path dir) {
        String cluster = ServiceFiles.clusterName();
        List<String> names = List.of("node1", "node2", "node3");
        List<IntFunction<Path>> services = names.stream().<IntFunction<Path>>map(name ->
                port -> ServiceFiles.copy("cluster/" + name + ".json", dir.resolve(name), port, cluster, true)).toList();
        List<NodeStarter.Started> launched = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            launched.add(NodeStarter.launch(names.get(i), dir, services.get(i), BODY_LIMIT, release));
            nodes.add(launched.get(i).process());
        }
        for (int i = 0; i < names.size(); i++) {
            NodeStarter.Started started = NodeStarter.await(launched.get(i), names.get(i), dir, services.get(i), BODY_LIMIT, release);
            launched.set(i, started);
            nodes.set(i, started.process());
        }
        int entry = launched.get(0).port();
        awaitRouted(new Api(entry));
        // node 3 seeds, or finds the seed another node wrote first ("comic demo: seed data present")
        nodes.get(2).awaitLine(line -> line.contains("comic demo: seeded") || line.contains("comic demo: seed data present"),
                "the seed", 120);
        return entry;
    }

    /** Waits until node 1 routes to the reads segment: a wrong login is 401 once node 2 is a member (503 before). */
    private static void awaitRouted(Api api) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        int status;
        while ((status = api.call(null, "authentication/login", java.util.Map.of("nickname", "nobody", "password", "x")).status()) != 401) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("node 1 does not reach the reads segment: " + status);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    void stop() {
        nodes.reversed().forEach(NodeProcess::close);
    }

    @Override
    String name() {
        return "cluster";
    }
}
