package dev.cleave.segmenter.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cleave.segmenter.config.ProjectConfigLoader;

class SourceTreeTest {
    @TempDir
    Path project;
    SourceTree tree;

    @BeforeEach
    void project() throws IOException {
        for (String file : new String[] {"src/post/getPost.ts", "src/post/index.ts", "src/util/money.mjs", "src/index.ts",
                "src/types.d.ts", "src/view.tsx", "outside.ts"}) {
            Files.createDirectories(project.resolve(file).getParent());
            Files.writeString(project.resolve(file), "export {};\n");
        }
        Files.createDirectories(project.resolve("segments"));
        Files.writeString(project.resolve("cleave.json"), "{}");
        tree = new SourceTree(ProjectConfigLoader.find(project));
    }

    private Optional<String> entry(String path) {
        return tree.entry(path).map(SourceModule::path);
    }

    @Test
    void findsAModuleWithOrWithoutExtension() {
        assertThat(entry("./post/getPost")).contains("post/getPost");
        assertThat(entry("post/getPost.ts")).contains("post/getPost");
        assertThat(entry("./post/getPost.js")).as("TypeScript's ESM convention").contains("post/getPost");
        assertThat(entry("./util/money")).contains("util/money");
    }

    @Test
    void findsTheIndexModuleOfAFolder() {
        assertThat(entry("./post")).contains("post/index");
        assertThat(entry("./post/")).contains("post/index");
        assertThat(entry("./")).contains("index");
    }

    @Test
    void ignoresDeclarationFilesFrontEndFilesAndAnythingOutsideTheSource() {
        assertThat(entry("./types")).isEmpty();
        assertThat(entry("./view")).isEmpty();
        assertThat(entry("../outside")).isEmpty();
    }

    @Test
    void refusesTwoFilesForOneModule() throws IOException {
        Files.writeString(project.resolve("src/post/getPost.js"), "export {};\n");
        assertThatThrownBy(() -> entry("./post/getPost"))
                .hasMessage("src/post/getPost.ts and src/post/getPost.js are the same module 'post/getPost' — keep only one of"
                        + " them (a TypeScript project needs no compiled .js next to its .ts)");
    }
}
