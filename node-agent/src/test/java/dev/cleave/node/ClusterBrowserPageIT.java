package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.cleave.node.cli.StartOptions;

/**
 * {@link BrowserPageBehaviour} against a cluster, nodes started in this JVM: a gateway, a worker
 * with segment web, a worker with segment far, a repository that serves the page, and a proxy in
 * front (the page's one origin): every call of the page enters at the gateway.
 */
class ClusterBrowserPageIT extends BrowserPageBehaviour {
    final List<NodeAgent> nodes = new ArrayList<>();
    int proxy;
    int gateway;
    int web;
    int far;

    @Override
    void startNodes(Path release, Path dir) {
        String cluster = "browser-" + UUID.randomUUID();
        int[] members = {TestNodes.freePort(), TestNodes.freePort(), TestNodes.freePort()};
        StringBuilder list = new StringBuilder();
        for (int member : members) {
            list.append(list.isEmpty() ? "" : ", ").append("\"127.0.0.1:").append(member).append('"');
        }
        gateway = TestNodes.freePort();
        web = TestNodes.freePort();
        far = TestNodes.freePort();
        int repository = TestNodes.freePort();
        proxy = TestNodes.freePort();
        String[][] plan = {
            {String.valueOf(gateway), "gateway", "{ \"trustKey\": \"" + TRUST_KEY + "\" }"},
            {String.valueOf(web), "worker", "{ \"segments\": [\"web\"], \"trustKey\": \"" + TRUST_KEY + "\" }"},
            {String.valueOf(far), "worker", "{ \"segments\": [\"far\"], \"trustKey\": \"" + TRUST_KEY + "\" }"},
        };
        for (int i = 0; i < plan.length; i++) {
            String clusterKey = ", \"cluster\": { \"name\": \"" + cluster + "\", \"members\": [" + list + "], \"port\": "
                    + members[i] + " }";
            nodes.add(start(TestNodes.serviceFile(dir, Integer.parseInt(plan[i][0]), clusterKey, plan[i][1], plan[i][2]),
                    release));
        }
        nodes.add(start(TestNodes.serviceFile(dir, repository, "", "repository", "{}"), release));
        nodes.add(start(TestNodes.serviceFile(dir, proxy, "", "proxy", "{ \"gateway\": \"http://127.0.0.1:" + gateway
                + "\", \"repository\": \"http://127.0.0.1:" + repository + "\" }"), release));
        awaitRouted("web/where");
        awaitRouted("far/where");
    }

    private static NodeAgent start(Path service, Path release) {
        return NodeAgent.start(new StartOptions(service, null, "info", StartOptions.DEFAULT_BODY_LIMIT, release, 1,
                Duration.ofSeconds(10)), release);
    }

    /** Waits until the gateway routes {@code fqn}: a member publishes its segments just after it starts. */
    private void awaitRouted(String fqn) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        HttpResponse<String> answer = TestNodes.post(gateway, fqn, "{}");
        while (answer.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            answer = TestNodes.post(gateway, fqn, "{}");
        }
        assertThat(answer.statusCode()).as("the gateway routes %s: %s", fqn, answer.body()).isEqualTo(200);
    }

    @Override
    void stopNodes() {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).stop("test over");
        }
    }

    @Override
    int entry() {
        return proxy;
    }

    @Override
    int webNode() {
        return web;
    }

    @Override
    int farNode() {
        return far;
    }

    @Test
    void runsTheTwoSegmentsOnTwoNodes() {
        assertThat(nodeId(web, "web/where")).isNotEqualTo(nodeId(far, "far/where"));
    }
}
