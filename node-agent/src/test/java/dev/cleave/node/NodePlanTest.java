package dev.cleave.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cleave.node.config.Roles.RepositoryConfig;
import dev.cleave.runtime.release.Release;

/** Which assets a node serves when its service file says nothing about them. */
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
}
