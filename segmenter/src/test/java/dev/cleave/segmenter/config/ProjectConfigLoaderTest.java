package dev.cleave.segmenter.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cleave.segmenter.BuildException;

class ProjectConfigLoaderTest {
    @TempDir
    Path project;

    @BeforeEach
    void folders() throws IOException {
        Files.createDirectories(project.resolve("src"));
        Files.createDirectories(project.resolve("segments"));
    }

    private void write(String file, String json) throws IOException {
        Files.writeString(project.resolve(file), json);
    }

    @Test
    void readsCleaveJsonWithDefaultsForMissingKeys() throws IOException {
        write("cleave.json", "{ \"target\": \"./out\" }");
        ProjectConfig config = ProjectConfigLoader.find(project);
        assertThat(config.source()).isEqualTo(project.resolve("src"));
        assertThat(config.target()).isEqualTo(project.resolve("out"));
        assertThat(config.segments()).isEqualTo(project.resolve("segments"));
        assertThat(config.resources()).isEqualTo(project.resolve("resources"));
    }

    @Test
    void readsTheFrontEndsPageAndFindsItsScript() throws IOException {
        Files.createDirectories(project.resolve("webui"));
        write("webui/index.html", "<script type=\"module\" src=\"./main.ts\"></script>");
        write("webui/main.ts", "");
        write("cleave.json", "{ \"frontend\": { \"index\": \"./webui/index.html\" } }");
        FrontendConfig frontend = ProjectConfigLoader.find(project).frontend();
        assertThat(frontend.index()).isEqualTo(project.resolve("webui/index.html"));
        assertThat(frontend.script()).isEqualTo(project.resolve("webui/main.ts"));
        assertThat(frontend.folder()).isEqualTo(project.resolve("webui"));
    }

    @Test
    void hasNoFrontEndWithoutTheKey() throws IOException {
        write("cleave.json", "{}");
        assertThat(ProjectConfigLoader.find(project).frontend()).isNull();
    }

    @Test
    void prefersCleaveJsonAndFallsBackToJitarJson() throws IOException {
        write("jitar.json", "{ \"source\": \"./src\", \"target\": \"./jitar-dist\" }");
        assertThat(ProjectConfigLoader.find(project).target()).isEqualTo(project.resolve("jitar-dist"));
        write("cleave.json", "{ \"target\": \"./cleave-dist\" }");
        assertThat(ProjectConfigLoader.find(project).target()).isEqualTo(project.resolve("cleave-dist"));
    }

    @Test
    void refusesAnUnknownKeyNamingFileAndKey() throws IOException {
        write("cleave.json", "{ \"sources\": \"./src\" }");
        assertThatThrownBy(() -> ProjectConfigLoader.find(project)).isInstanceOf(BuildException.class)
                .hasMessage("cleave.json: unknown key 'sources' — the allowed keys are frontend, resources, segments, source, target;"
                        + " remove or rename it");
    }

    @Test
    void refusesAMissingSourceFolder() throws IOException {
        write("jitar.json", "{ \"source\": \"./dist\" }");
        assertThatThrownBy(() -> ProjectConfigLoader.find(project))
                .hasMessage("jitar.json: source folder 'dist' does not exist — create it or set \"source\" to the folder"
                        + " with the application's modules");
    }

    @Test
    void refusesATargetThatWouldReplaceTheSources() throws IOException {
        write("cleave.json", "{ \"target\": \"./src/out\" }");
        assertThatThrownBy(() -> ProjectConfigLoader.find(project))
                .hasMessage("cleave.json: target folder 'src/out' overlaps 'src' — the build replaces the target folder,"
                        + " so set \"target\" to a folder of its own, such as ./dist");
        write("cleave.json", "{ \"target\": \".\" }");
        assertThatThrownBy(() -> ProjectConfigLoader.find(project)).hasMessageStartingWith("cleave.json: target folder '.' overlaps '.'");
    }

    @Test
    void reportsBrokenJsonWithLineAndColumn() throws IOException {
        write("cleave.json", "{\n  \"source\": \"./src\",\n}");
        assertThatThrownBy(() -> ProjectConfigLoader.find(project))
                .hasMessageStartingWith("cleave.json:3:1: not valid JSON (")
                .hasMessageEndingWith(") — fix the JSON syntax");
    }

    @Test
    void explainsWhereToRunWhenThereIsNoProjectFile() {
        assertThatThrownBy(() -> ProjectConfigLoader.find(project))
                .hasMessage("no cleave.json or jitar.json in " + project.toAbsolutePath().normalize()
                        + " — run the build in the project folder, or name the file with --config=<file>");
    }
}
