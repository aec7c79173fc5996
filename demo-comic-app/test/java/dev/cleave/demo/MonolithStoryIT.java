package dev.cleave.demo;

import java.nio.file.Path;

/** The story against the monolith: services/standalone.json (all segments, the seed) as one process. */
class MonolithStoryIT extends StoryBehaviour {
    private DemoProcess node;

    @Override
    int start(Path release, Path dir) {
        int port = ServiceFiles.freePort();
        Path service = ServiceFiles.copy("standalone.json", dir, port, null, true);
        node = DemoProcess.start("standalone", dir, "--service=" + service, "--release=" + release,
                "--http-body-limit=" + BODY_LIMIT);
        node.awaitLine("node started", 180);
        node.awaitLine("comic demo: seeded", 120);
        // the seeded creators log in with the documented password
        new Api(port).ok(null, "authentication/login", java.util.Map.of("nickname", "mara", "password", "comics-demo"));
        return port;
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
