package dev.cleave.segmenter.config;

import dev.cleave.runtime.execution.Version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.cleave.segmenter.BuildException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentFileLoaderTest {
    @TempDir
    Path project;
    ProjectConfig config;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(project.resolve("src"));
        Files.createDirectories(project.resolve("segments"));
        Files.writeString(project.resolve("cleave.json"), "{}");
        config = ProjectConfigLoader.find(project);
    }

    private void segment(String name, String json) throws IOException {
        Files.writeString(project.resolve("segments").resolve(name + ".json"), json);
    }

    @Test
    void readsExportsWithDefaultsAndShortVersions() throws IOException {
        segment("reads", """
                { "./post/getPost": { "default": { "access": "public", "version": "1.2" }, "helper": {} },
                  "./greetings": { "sayHi": { "access": "protected", "as": "hello" } } }""");
        SegmentFile file = SegmentFileLoader.load(config).getFirst();
        assertThat(file.name()).isEqualTo("reads");
        assertThat(file.shown()).isEqualTo("segments/reads.json");
        assertThat(file.modules()).containsOnlyKeys("./post/getPost", "./greetings");
        assertThat(file.modules().get("./post/getPost").get("default"))
                .isEqualTo(new ExportConfig(Access.PUBLIC, new Version(1, 2, 0), null, false));
        assertThat(file.modules().get("./post/getPost").get("helper"))
                .isEqualTo(new ExportConfig(Access.PRIVATE, Version.ZERO, null, false));
        assertThat(file.modules().get("./greetings").get("sayHi").alias()).isEqualTo("hello");
    }

    @Test
    void readsTheIdempotentMarkOfAnExport() throws IOException {
        segment("writes", """
                { "./post/like": { "default": { "access": "public", "idempotent": true } },
                  "./post/create": { "default": { "access": "public", "idempotent": false } } }""");
        SegmentFile file = SegmentFileLoader.load(config).getFirst();
        assertThat(file.modules().get("./post/like").get("default").idempotent()).isTrue();
        assertThat(file.modules().get("./post/create").get("default").idempotent()).isFalse();
        segment("writes", "{ \"./post/like\": { \"default\": { \"idempotent\": \"yes\" } } }");
        assertThatThrownBy(() -> SegmentFileLoader.load(config)).isInstanceOf(BuildException.class)
                .hasMessageContaining("idempotent");
    }

    @Test
    void loadsSegmentsSortedByName() throws IOException {
        segment("writes", "{}");
        segment("reads", "{}");
        assertThat(SegmentFileLoader.load(config)).extracting(SegmentFile::name).containsExactly("reads", "writes");
    }

    @Test
    void refusesAnUnknownKeyInAnExport() throws IOException {
        segment("reads", "{ \"./post/getPost\": { \"default\": { \"acces\": \"public\" } } }");
        assertThatThrownBy(() -> SegmentFileLoader.load(config))
                .hasMessage("segments/reads.json: unknown key 'acces' in './post/getPost' → 'default' — the allowed keys"
                        + " are access, as, idempotent, version; remove or rename it");
    }

    @Test
    void refusesABadAccessOrVersion() throws IOException {
        segment("reads", "{ \"./a\": { \"default\": { \"access\": \"everyone\" } } }");
        assertThatThrownBy(() -> SegmentFileLoader.load(config))
                .hasMessage("segments/reads.json: './a' export 'default' has access 'everyone' — use public, protected or private");
        segment("reads", "{ \"./a\": { \"default\": { \"version\": \"1.x\" } } }");
        assertThatThrownBy(() -> SegmentFileLoader.load(config))
                .hasMessage("segments/reads.json: './a' export 'default' has version '1.x' — write major[.minor[.patch]]"
                        + " with whole numbers, e.g. \"1.2.0\"");
    }

    @Test
    void refusesAnExportThatIsNotAnObject() throws IOException {
        segment("reads", "{ \"./a\": { \"default\": \"public\" } }");
        assertThatThrownBy(() -> SegmentFileLoader.load(config))
                .hasMessageStartingWith("segments/reads.json: ")
                .hasMessageContaining("in './a' → 'default'");
    }

    @Test
    void refusesAProjectWithoutSegmentFiles() {
        assertThatThrownBy(() -> SegmentFileLoader.load(config)).hasMessageStartingWith("segments: no segment files");
    }

    @Test
    void readsResourceFiles() throws IOException {
        Files.createDirectories(project.resolve("resources"));
        Files.writeString(project.resolve("resources/db.json"), "[\"./db/pool\", \"./cache\"]");
        assertThat(ResourceFileLoader.load(config)).singleElement()
                .satisfies(file -> assertThat(file.modules()).isEqualTo(List.of("./db/pool", "./cache")));
    }
}
