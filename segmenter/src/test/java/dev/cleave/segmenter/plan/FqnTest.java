package dev.cleave.segmenter.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.cleave.segmenter.analysis.SourceKind;

class FqnTest {
    private static SourceModule module(String path) {
        return new SourceModule(path, Path.of("/app/src/" + path + ".ts"), "src/" + path + ".ts", SourceKind.TYPESCRIPT);
    }

    @Test
    void namesAProcedureByItsFolderAndDeclaredName() {
        assertThat(Fqn.of(module("reporting/getData"), "default", "getData")).isEqualTo("reporting/getData");
        assertThat(Fqn.of(module("post/queries"), "listPosts", "listPosts")).isEqualTo("post/listPosts");
    }

    @Test
    void namesAProcedureAtTheSourceRootByItsNameAlone() {
        assertThat(Fqn.of(module("greetings"), "sayHi", "sayHi")).isEqualTo("sayHi");
        assertThat(Fqn.of(module("index"), "default", "main")).isEqualTo("main");
    }

    @Test
    void namesTheDefaultExportOfAnIndexModuleByItsFolder() {
        assertThat(Fqn.of(module("search/index"), "default", "find")).isEqualTo("search");
        assertThat(Fqn.of(module("search/index"), "default", null)).isEqualTo("search");
        assertThat(Fqn.of(module("search/index"), "suggest", "suggest")).isEqualTo("search/suggest");
    }

    @Test
    void usesTheAliasInsteadOfTheDeclaredName() {
        assertThat(Fqn.of(module("greetings"), "sayHiV2", "sayHi")).isEqualTo("sayHi");
    }

    @Test
    void hasNoNameForAnAnonymousFunctionOutsideAnIndexModule() {
        assertThat(Fqn.of(module("post/getPost"), "default", null)).isNull();
    }
}
