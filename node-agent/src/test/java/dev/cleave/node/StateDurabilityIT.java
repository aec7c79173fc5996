package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged write survives a crash: a standalone node (a real process) answers two inserts
 * and is killed with SIGKILL the moment the second is answered, ten times over; after each
 * restart every document it ever acknowledged is there (20 acknowledged writes, 10 crashes; with
 * H2's default write delay the first restarts already missed one).
 */
class StateDurabilityIT {
    private static final int TRIALS = 10;
    private static final int WRITES = 2;

    @Test
    void keepsEveryAcknowledgedWriteOverKill9(@TempDir Path dir) throws InterruptedException {
        Path release = TestProjects.build(Path.of("src/test/resources/projects/state").toAbsolutePath(), dir);
        int port = TestNodes.freePort();
        Path service = TestNodes.serviceFile(dir, port, ", \"state\": { \"dataDir\": \"" + dir.resolve("data") + "\" }",
                "standalone", "{}");
        List<String> acknowledged = new ArrayList<>();
        for (int trial = 0; trial <= TRIALS; trial++) {
            NodeProcess node = NodeProcess.start("node-" + trial, "--service=" + service, "--release=" + release,
                    "--loops=1");
            try {
                node.awaitLine("node started", 120);
                for (String id : acknowledged) {
                    HttpResponse<String> kept = TestNodes.post(port, "store/get", "{\"id\": \"" + id + "\"}");
                    assertThat(kept.body()).as("trial %d: document %s, acknowledged before a kill -9", trial, id)
                            .contains("\"trial\"");
                }
                if (trial == TRIALS) {
                    break;
                }
                List<String> written = new ArrayList<>();
                for (int write = 0; write < WRITES; write++) {
                    String id = "acknowledged-" + trial + "-" + write;
                    HttpResponse<String> insert = TestNodes.post(port, "store/insert",
                            "{\"document\": {\"id\": \"" + id + "\", \"trial\": " + trial + "}}");
                    assertThat(insert.statusCode()).as(insert.body()).isEqualTo(200);
                    written.add(id);
                }
                node.kill();
                acknowledged.addAll(written);
            } finally {
                node.close();
            }
        }
        assertThat(acknowledged).hasSize(TRIALS * WRITES);
    }
}
