package dev.cleave.demo;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.IntFunction;

import dev.cleave.node.NodeProcess;

/** The story against the monolith: services/standalone.json (all segments, the seed) as one process. */
class MonolithStoryIT extends StoryBehaviour {
    private NodeProcess node;

    @Override
    int start(Path release, Path dir) {
        IntFunction<Path> service = port -> ServiceFiles.copy("standalone.json", dir, port, null, true);
        NodeStarter.Started started = NodeStarter.launch("standalone", dir, service, BODY_LIMIT, release);
        node = started.process();
        started = NodeStarter.await(started, "standalone", dir, service, BODY_LIMIT, release);
        node = started.process();
        node.awaitLine("comic demo: seeded", 120);
        // the seeded creators log in with the documented password
        new Api(started.port()).ok(null, "authentication/login", Map.of("nickname", "mara", "password", "comics-demo"));
        return started.port();
    }

    @Override
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Override
    String name() {
        return "monolith";
    }
}
