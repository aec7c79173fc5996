package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cleave.node.config.ConfigException;
import dev.cleave.node.config.Roles.RepositoryConfig;
import dev.cleave.node.config.ServiceConfigLoader;
import dev.cleave.runtime.release.Release;

/** Which assets a node serves when its service file says nothing about them; which clusters need a trust key. */
class NodePlanTest {
    @TempDir
    static Path dir;
    static Release withFrontend;

    @BeforeAll
    static void build() {
        withFrontend = Release.read(TestProjects.build(BrowserPageBehaviour.PROJECT, dir));
    }

    @Test
    void servesTheReleasesFrontEndWhenTheFileNamesNoAssets() {
        RepositoryConfig assets = NodePlan.withFrontend(new RepositoryConfig(null, null, null, true), withFrontend);
        assertThat(Path.of(assets.assetRoot())).isEqualTo(withFrontend.root().resolve("webui"));
        assertThat(assets.assets()).containsExactly("**");
        assertThat(assets.indexFilename()).isEqualTo("index.html");
        assertThat(assets.serveIndexOnNotFound()).isTrue();
    }

    @Test
    void keepsWhatTheFileSaysAboutAssets() {
        RepositoryConfig globs = new RepositoryConfig(null, List.of("manifest.json"), null, null);
        assertThat(NodePlan.withFrontend(globs, withFrontend)).isEqualTo(globs);
        RepositoryConfig root = new RepositoryConfig("/srv/www", null, null, null);
        assertThat(NodePlan.withFrontend(root, withFrontend)).isEqualTo(root);
    }

    @Test
    void servesNothingOfAReleaseWithoutAFrontEnd() {
        RepositoryConfig none = new RepositoryConfig(null, null, null, null);
        assertThat(NodePlan.withFrontend(none, Release.read(TestNodes.SHOP))).isEqualTo(none);
    }

    private static NodePlan plan(String name, String cluster, String section) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "{ \"url\": \"http://127.0.0.1:3000\", \"cluster\": " + cluster
                + ", \"worker\": { \"segments\": [\"orders\"]" + section + " } }");
        return NodePlan.of(new ServiceConfigLoader(Map.of(), Map.of()).load(file), file, Release.read(TestNodes.SHOP));
    }

    @Test
    void refusesAClusterReachableFromOtherMachinesWithoutATrustKey() throws IOException {
        assertThatThrownBy(() -> plan("open.json", "{ \"interface\": \"10.0.*.*\" }", ""))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("open.json: the cluster's interface is 10.0.*.*, so its members are reachable from other"
                        + " machines, and this node has no trust key")
                .hasMessageContaining("set 'worker.trustKey'");
        String key = ", \"trustKey\": \"0123456789abcdef0123456789abcdef\"";
        assertThat(plan("keyed.json", "{ \"interface\": \"10.0.*.*\" }", key).trustKey()).hasSize(32);
        assertThat(plan("local.json", "{ \"interface\": \"127.0.0.1\" }", "").clustered()).isTrue();
        assertThat(plan("default.json", "{}", "").clustered()).isTrue();
    }

    @Test
    void refusesMiddlewareOnAGatewayWhichWouldNeverRunIt() throws IOException {
        Path file = Files.writeString(dir.resolve("gateway.json"),
                "{ \"url\": \"http://127.0.0.1:3000\", \"middleware\": [\"./auth/check\"], \"gateway\": {} }");
        assertThatThrownBy(() -> NodePlan.of(new ServiceConfigLoader(Map.of(), Map.of()).load(file), file,
                Release.read(TestNodes.SHOP)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ": a gateway runs no procedures, so its 'middleware' would never run");
    }
}
