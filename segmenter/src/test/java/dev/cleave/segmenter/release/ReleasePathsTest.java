package dev.cleave.segmenter.release;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReleasePathsTest {
    @Test
    void importsAFileInTheSameFolderWithDotSlash() {
        assertThat(ReleasePaths.specifier("segments/a/post/x.js", "segments/a/post/y.js")).isEqualTo("./y.js");
    }

    @Test
    void climbsOutOfFoldersWithDotDot() {
        assertThat(ReleasePaths.specifier("segments/a/post/x.js", "segments/a/shared/f.js")).isEqualTo("../shared/f.js");
        assertThat(ReleasePaths.specifier("segments/a/post/x.js", "resources/db/store.js")).isEqualTo("../../../resources/db/store.js");
        assertThat(ReleasePaths.specifier("segments/a/x.js", "segments/a/__remote__/post/y.js")).isEqualTo("./__remote__/post/y.js");
    }

    @Test
    void placesModulesAndRemoteModulesInTheirTree() {
        assertThat(ReleasePaths.module(ReleasePaths.segmentRoot("reads"), "post/getPost")).isEqualTo("segments/reads/post/getPost.js");
        assertThat(ReleasePaths.remote(ReleasePaths.segmentRoot("reads"), "post/getPost"))
                .isEqualTo("segments/reads/__remote__/post/getPost.js");
    }
}
