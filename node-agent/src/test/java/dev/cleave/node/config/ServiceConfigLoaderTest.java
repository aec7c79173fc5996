package dev.cleave.node.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceConfigLoaderTest {
    @TempDir
    Path dir;

    private Path file(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    private static final String ENV_KEY = "from-env-0123456789abcdef0123456789";

    private ServiceConfig load(Path file) {
        return new ServiceConfigLoader(Map.of("TRUST_KEY", ENV_KEY, "EMPTY", ""),
                Map.of("TRUST_KEY", "from-file-0123456789abcdef0123456789", "PORT", "3001"))
                .load(file);
    }

    @Test
    void readsAJitarWorkerFileWithVariables() throws IOException {
        ServiceConfig config = load(file("worker.json", """
                { "url": "http://127.0.0.1:${PORT}", "setUp": ["./setUp"], "middleware": ["./auth/authMiddleware"],
                  "healthChecks": ["./db/healthCheck"],
                  "worker": { "gateway": "http://127.0.0.1:2000", "segments": ["reads"], "trustKey": "${TRUST_KEY}" } }"""));
        assertThat(config.role()).isEqualTo(Role.WORKER);
        assertThat(config.port()).isEqualTo(3001);
        assertThat(config.worker().trustKey()).isEqualTo(ENV_KEY);
        assertThat(config.worker().segments()).isEqualTo(List.of("reads"));
        assertThat(config.middleware()).isEqualTo(List.of("./auth/authMiddleware"));
        assertThat(config.tearDown()).isEmpty();
    }

    @Test
    void readsAStandaloneWithRepositoryFieldsAndDefaults() throws IOException {
        ServiceConfig config = load(file("standalone.json", """
                { "url": "http://localhost:3000", "standalone": { "assets": ["*.html", "assets/**"], "serveIndexOnNotFound": true } }"""));
        assertThat(config.role()).isEqualTo(Role.STANDALONE);
        assertThat(config.standalone().segments()).isNull();
        assertThat(config.standalone().repository().indexFilename()).isEqualTo("index.html");
        assertThat(config.standalone().repository().serveIndexOnNotFound()).isTrue();
    }

    @Test
    void readsTheClusterKeyWithDefaultsForWhatIsLeftOut() throws IOException {
        ServiceConfig config = load(file("gateway.json", """
                { "url": "http://127.0.0.1:2000", "gateway": {},
                  "cluster": { "name": "shop", "members": ["10.0.0.5", "10.0.0.6:5702"] } }"""));
        assertThat(config.cluster()).isEqualTo(new ClusterConfig("shop", List.of("10.0.0.5", "10.0.0.6:5702"), "127.0.0.1", 5701));
        assertThat(new ClusterConfig(null, null, null, null))
                .isEqualTo(new ClusterConfig("cleave", List.of("127.0.0.1"), "127.0.0.1", 5701));
        assertThat(load(file("plain.json", "{ \"url\": \"http://127.0.0.1:2000\", \"gateway\": {} }")).cluster()).isNull();
    }

    @Test
    void readsKubernetesDiscoveryWithVariables() throws IOException {
        ServiceConfig config = new ServiceConfigLoader(Map.of("POD_IP", "10.1.2.3", "POD_NAMESPACE", "shop"), Map.of())
                .load(file("k8s.json", """
                { "url": "http://${POD_IP}:3000", "worker": { "segments": ["orders"] },
                  "cluster": { "name": "shop", "interface": "${POD_IP}",
                               "kubernetes": { "serviceDns": "shop-members.${POD_NAMESPACE}.svc.cluster.local" } } }"""));
        assertThat(config.url()).isEqualTo("http://10.1.2.3:3000");
        assertThat(config.cluster().interfaceAddress()).isEqualTo("10.1.2.3");
        assertThat(config.cluster().kubernetes().serviceDns()).isEqualTo("shop-members.shop.svc.cluster.local");
    }

    @Test
    void namesAnUnknownKeyOfTheClusterKey() throws IOException {
        Path file = file("badcluster.json", "{ \"url\": \"http://localhost:3000\", \"gateway\": {}, \"cluster\": { \"hosts\": [] } }");
        assertThatThrownBy(() -> load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": unknown key 'cluster.hosts' — known keys here: interface, kubernetes, members, minimumMembers, name, port");
    }

    @Test
    void readsTheMinimumMembersOfTheClusterAndRefusesLessThanOne() throws IOException {
        assertThat(load(file("split.json", "{ \"url\": \"http://localhost:3000\", \"gateway\": {}, \"cluster\": { \"minimumMembers\": 2 } }"))
                .cluster().minimumMembers()).isEqualTo(2);
        assertThat(load(file("nosplit.json", "{ \"url\": \"http://localhost:3000\", \"gateway\": {}, \"cluster\": {} }"))
                .cluster().minimumMembers()).isEqualTo(1);
        Path zero = file("zero.json", "{ \"url\": \"http://localhost:3000\", \"gateway\": {}, \"cluster\": { \"minimumMembers\": 0 } }");
        assertThatThrownBy(() -> load(zero)).isInstanceOf(ConfigException.class)
                .hasMessage(zero + ": 'cluster.minimumMembers' must be at least 1, not 0 — for a cluster of n nodes, n / 2 + 1 lets"
                        + " only the larger side of a split take writes");
    }

    @Test
    void readsTheStateKeyWithItsDefaults() throws IOException {
        ServiceConfig config = load(file("state.json", """
                { "url": "http://127.0.0.1:3000", "standalone": {},
                  "state": { "dataDir": "/var/lib/app", "blobLimit": "512KB" } }"""));
        assertThat(config.state()).isEqualTo(new StateConfig("/var/lib/app", null, "512KB"));
        assertThat(config.state().blobLimitBytes()).isEqualTo(512 * 1024);
        StateConfig defaults = load(file("nostate.json", "{ \"url\": \"http://127.0.0.1:2000\", \"standalone\": {} }")).state();
        assertThat(defaults.blobLimitBytes()).isEqualTo(5 * 1024 * 1024);
        assertThat(defaults.dataDir()).isNull();
        assertThat(defaults.jdbcUrl()).isNull();
        assertThat(new StateConfig(null, null, "1048576").blobLimitBytes()).isEqualTo(1_048_576);
    }

    @Test
    void refusesBadStateKeysByName() throws IOException {
        Path unknown = file("unknownstate.json", "{ \"url\": \"http://localhost:3000\", \"standalone\": {}, \"state\": { \"dir\": \"x\" } }");
        assertThatThrownBy(() -> load(unknown)).isInstanceOf(ConfigException.class)
                .hasMessage(unknown + ": unknown key 'state.dir' — known keys here: blobLimit, dataDir, jdbcUrl");
        Path size = file("size.json", "{ \"url\": \"http://localhost:3000\", \"standalone\": {}, \"state\": { \"blobLimit\": \"5 megs\" } }");
        assertThatThrownBy(() -> load(size)).isInstanceOf(ConfigException.class)
                .hasMessage(size + ": 'state.blobLimit' must be a size such as 5MB, 512KB or 1048576; got '5 megs'");
        Path jdbc = file("jdbc.json", "{ \"url\": \"http://localhost:3000\", \"standalone\": {}, \"state\": { \"jdbcUrl\": \"h2:mem\" } }");
        assertThatThrownBy(() -> load(jdbc)).isInstanceOf(ConfigException.class)
                .hasMessage(jdbc + ": 'state.jdbcUrl' must be a JDBC URL (jdbc:...), got 'h2:mem'");
        Path dataDir = file("clusterdata.json", "{ \"url\": \"http://localhost:3000\", \"gateway\": {}, \"state\": { \"dataDir\": \"d\" } }");
        assertThatThrownBy(() -> load(dataDir)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dataDir + ": 'state.dataDir' applies to a standalone node only");
    }

    @Test
    void namesAnUnknownKeyAndTheKnownOnes() throws IOException {
        Path file = file("bad.json", "{ \"url\": \"http://localhost:3000\", \"worker\": { \"segmentz\": [\"a\"] } }");
        assertThatThrownBy(() -> load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": unknown key 'worker.segmentz' — known keys here: gateway, reportInterval, segments, trustKey");
    }

    @Test
    void refusesAnUnsetVariableInsteadOfInsertingNull() throws IOException {
        Path file = file("unset.json", "{ \"url\": \"http://localhost:3000\", \"gateway\": { \"trustKey\": \"${MISSING}\" } }");
        assertThatThrownBy(() -> load(file))
                .hasMessage(file + ": ${MISSING} in 'gateway.trustKey' is not set — set MISSING in the environment or in the file given with --env-file");
    }

    @Test
    void refusesAnEmptyOrShortTrustKeyAndSaysHowToMakeOne() throws IOException {
        Path empty = file("emptykey.json", "{ \"url\": \"http://localhost:3000\", \"standalone\": { \"trustKey\": \"${EMPTY}\" } }");
        assertThatThrownBy(() -> load(empty)).isInstanceOf(ConfigException.class)
                .hasMessage(empty + ": 'standalone.trustKey' is empty; a trust key needs at least 32 bytes — make one with"
                        + " `openssl rand -hex 32` and give the same key to every node, or remove 'trustKey' to refuse"
                        + " protected procedures from outside");
        Path shortKey = file("shortkey.json", "{ \"url\": \"http://localhost:3000\", \"gateway\": { \"trustKey\": \"k3y\" } }");
        assertThatThrownBy(() -> load(shortKey)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(shortKey + ": 'gateway.trustKey' is 3 bytes long; a trust key needs at least 32 bytes");
        Path worker = file("workerkey.json", "{ \"url\": \"http://localhost:3000\", \"worker\": { \"segments\": [\"a\"],"
                + " \"trustKey\": \"0123456789abcdef0123456789abcde\" } }");
        assertThatThrownBy(() -> load(worker)).hasMessageStartingWith(worker + ": 'worker.trustKey' is 31 bytes long");
        Path enough = file("enoughkey.json", "{ \"url\": \"http://localhost:3000\", \"worker\": { \"segments\": [\"a\"],"
                + " \"trustKey\": \"0123456789abcdef0123456789abcdef\" } }");
        assertThat(load(enough).worker().trustKey()).hasSize(32);
    }

    @Test
    void needsExactlyOneRoleAndAUrlWithAPort() throws IOException {
        Path none = file("none.json", "{ \"url\": \"http://localhost:3000\" }");
        assertThatThrownBy(() -> load(none)).hasMessageContaining(": no role — a service file has exactly one of");
        Path two = file("two.json", "{ \"url\": \"http://localhost:3000\", \"gateway\": {}, \"repository\": {} }");
        assertThatThrownBy(() -> load(two)).hasMessageContaining("more than one role [gateway, repository]");
        Path noPort = file("noport.json", "{ \"url\": \"http://localhost\", \"gateway\": {} }");
        assertThatThrownBy(() -> load(noPort)).hasMessageContaining("'url' must be http(s)://host:port");
        Path empty = file("empty.json", "{ \"url\": \"http://localhost:1\", \"worker\": { \"segments\": [] } }");
        assertThatThrownBy(() -> load(empty)).hasMessageContaining("'worker.segments' is empty");
    }

    @Test
    void pointsAtBrokenJsonAndWrongTypes() throws IOException {
        Path broken = file("broken.json", "{ \"url\": \"http://localhost:3000\",\n  \"gateway\": { ] }");
        assertThatThrownBy(() -> load(broken)).hasMessageStartingWith(broken + ": not valid JSON at line 2, column");
        Path wrongType = file("type.json", "{ \"url\": \"http://localhost:3000\", \"worker\": { \"segments\": \"reads\" } }");
        assertThatThrownBy(() -> load(wrongType)).hasMessageStartingWith(wrongType + ": 'worker.segments' has the wrong type");
        assertThatThrownBy(() -> load(dir.resolve("missing.json")))
                .hasMessageContaining("cannot read service file").hasMessageContaining("check the --service path");
    }

    @Test
    void readsTheBrowserKeysAndRefusesWhatIsNoOrigin() throws IOException {
        ServiceConfig config = load(file("browser.json", """
                { "url": "http://127.0.0.1:3000", "allowedOrigins": ["https://app.example.com", "http://localhost:5173"],
                  "contentSecurityPolicy": "default-src 'self'", "standalone": {} }"""));
        assertThat(config.allowedOrigins()).containsExactly("https://app.example.com", "http://localhost:5173");
        assertThat(config.contentSecurityPolicy()).isEqualTo("default-src 'self'");
        assertThat(load(file("plain.json", "{ \"url\": \"http://127.0.0.1:3000\", \"standalone\": {} }")).allowedOrigins())
                .isEmpty();
        for (String origin : List.of("https://app.example.com/path", "app.example.com", "*", "ftp://x.example")) {
            Path bad = file("origin.json", "{ \"url\": \"http://127.0.0.1:3000\", \"allowedOrigins\": [\"" + origin
                    + "\"], \"standalone\": {} }");
            assertThatThrownBy(() -> load(bad)).as(origin).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("'allowedOrigins' has '" + origin + "', which is not an origin")
                    .hasMessageContaining("scheme://host[:port]");
        }
        Path blank = file("csp.json", "{ \"url\": \"http://127.0.0.1:3000\", \"contentSecurityPolicy\": \" \", \"standalone\": {} }");
        assertThatThrownBy(() -> load(blank)).hasMessageContaining("'contentSecurityPolicy' must be a non-empty header value");
    }

    @Test
    void readsEnvFiles() throws IOException {
        Path env = file(".env", """
                # comment
                export A=1
                B = two words # trailing comment
                C='single # kept'
                D="line\\nbreak"
                """);
        assertThat(EnvFile.read(env)).isEqualTo(Map.of("A", "1", "B", "two words", "C", "single # kept", "D", "line\nbreak"));
        Path bad = file("bad.env", "A=1\nnot a line\n");
        assertThatThrownBy(() -> EnvFile.read(bad)).hasMessage(bad + ":2: expected NAME=value, got 'not a line'");
    }
}
