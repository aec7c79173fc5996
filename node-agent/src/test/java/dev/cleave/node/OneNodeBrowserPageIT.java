package dev.cleave.node;

import java.nio.file.Path;
import java.time.Duration;

import dev.cleave.node.cli.StartOptions;

/** {@link BrowserPageBehaviour} against one standalone node that serves the page and both segments. */
class OneNodeBrowserPageIT extends BrowserPageBehaviour {
    NodeAgent node;
    int port;

    @Override
    void startNodes(Path release, Path dir) {
        port = TestNodes.freePort();
        Path service = TestNodes.serviceFile(dir, port, "", "standalone", "{ \"trustKey\": \"" + TRUST_KEY + "\" }");
        node = NodeAgent.start(new StartOptions(service, null, "info", StartOptions.DEFAULT_BODY_LIMIT, release, 1,
                Duration.ofSeconds(10)), release);
    }

    @Override
    void stopNodes() {
        if (node != null) {
            node.stop("test over");
        }
    }

    @Override
    int entry() {
        return port;
    }

    @Override
    int webNode() {
        return port;
    }

    @Override
    int farNode() {
        return port;
    }
}
