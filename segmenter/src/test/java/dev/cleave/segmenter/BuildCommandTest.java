package dev.cleave.segmenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path cwd, String... args) {
        return BuildCommand.run(args, cwd, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void buildsTheProjectInTheCurrentFolderAndSaysWhatItBuilt() {
        Path project = TestApps.copy("blog", dir);
        assertThat(run(project)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .matches("built dist in \\d+ ms \\(release [0-9a-f]{12}\\)\\n"
                        + "  segments:   3 \\(admin, reads, writes\\)\\n"
                        + "  procedures: 8\\n"
                        + "  modules:    26 files written, 13 sources analysed\\n");
        assertThat(project.resolve("dist/manifest.json")).exists();
    }

    @Test
    void saysWhatItMadeOfTheFrontEnd() {
        Path project = TestApps.copy("storefront", dir);
        assertThat(run(project)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).matches("(?s).*\\n  front end:  dist/webui/ \\(9 files; app\\.js \\d+ KB\\)\\n");
    }

    @Test
    void takesTheProjectFileFromConfigRelativeToTheCurrentFolder() {
        TestApps.copy("plainjs", dir);
        assertThat(run(dir, "--config=plainjs/jitar.json")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("built plainjs/segmented in ");
    }

    @Test
    void printsOnlyTheMessageAndExitsWithOneOnABuildError() {
        Path project = TestApps.copy("errors/missing-export", dir);
        assertThat(run(project)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("cleave build failed:\n"
                + "segments/reads.json: './post/getPost' exports no 'getPosts' (it exports: default, getPostTitle) — fix the"
                + " export name in the segment file\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void refusesAnUnknownOptionWithExitTwo() {
        assertThat(run(dir, "--target=x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("cleave build: unknown option '--target=x'\nusage: ./cleave build");
    }
}
