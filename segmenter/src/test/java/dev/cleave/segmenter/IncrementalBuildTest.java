package dev.cleave.segmenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cleave.segmenter.config.ProjectConfig;
import dev.cleave.segmenter.config.ProjectConfigLoader;

/** A segmenter kept between builds analyses only what changed: the path a watch mode takes. */
class IncrementalBuildTest {
    @TempDir
    Path dir;
    Path project;
    ProjectConfig config;
    Segmenter segmenter = new Segmenter();

    @BeforeEach
    void firstBuild() {
        project = TestApps.copy("blog", dir);
        config = ProjectConfigLoader.find(project);
        assertThat(segmenter.build(config).analysed()).isEqualTo(13);
    }

    @Test
    void analysesNothingWhenNothingChanged() {
        assertThat(segmenter.build(config).analysed()).isZero();
    }

    @Test
    void analysesOnlyTheFileThatChanged() throws IOException {
        Path file = project.resolve("src/greetings.ts");
        Files.writeString(file, Files.readString(file).replace("Hi, ", "Hello, "));
        BuildResult rebuilt = segmenter.build(config);
        assertThat(rebuilt.analysed()).isEqualTo(1);
        assertThat(Files.readString(rebuilt.target().resolve("segments/writes/greetings.js"))).contains("`Hello, ${name}!`");
    }

    @Test
    void replansWhenASegmentFileChanges() throws IOException {
        Path reads = project.resolve("segments/reads.json");
        Files.writeString(reads, Files.readString(reads).replace("\"./search\": { \"default\": { \"access\": \"public\" } },", ""));
        BuildResult rebuilt = segmenter.build(config);
        assertThat(rebuilt.analysed()).isZero();
        assertThat(rebuilt.procedures()).isEqualTo(7);
        assertThat(rebuilt.target().resolve("segments/reads/search/index.js")).doesNotExist();
    }

    @Test
    void givesAChangedReleaseANewId() throws IOException {
        String before = segmenter.build(config).releaseId();
        Path file = project.resolve("src/shared/format.ts");
        Files.writeString(file, Files.readString(file) + "\nexport const version = 2;\n");
        assertThat(segmenter.build(config).releaseId()).isNotEqualTo(before);
    }
}
