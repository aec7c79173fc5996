package dev.cleave.runtime.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cleave.runtime.errors.ModuleException;

class ModuleResolverTest {
    @TempDir
    Path dir;
    Path root;
    ModuleResolver resolver;

    @BeforeEach
    void setUp() throws IOException {
        root = dir.resolve("release");
        write("app/main.js", "");
        write("app/util.mjs", "");
        write("app/feature/index.js", "");
        write("app/both.js", "");
        write("app/both/index.js", "");
        resolver = new ModuleResolver(root);
    }

    private Path write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private String referrer() {
        return root.resolve("app/main.js").toString();
    }

    private String resolve(String specifier) {
        return root.relativize(resolver.resolve(referrer(), specifier)).toString();
    }

    @Test
    void completesExtensionsAndIndexModules() {
        assertThat(resolve("./util")).isEqualTo("app/util.mjs");
        assertThat(resolve("./feature")).isEqualTo("app/feature/index.js");
        assertThat(resolve("./both")).isEqualTo("app/both.js");
        assertThat(resolve("./main.js")).isEqualTo("app/main.js");
        assertThat(root.relativize(resolver.resolveEntry("app/feature"))).hasToString("app/feature/index.js");
    }

    @Test
    void resolvesBuiltinModulesByName() {
        assertThat(resolver.resolve(referrer(), "jitar")).isEqualTo(BuiltinModules.file("jitar").orElseThrow());
        assertThat(resolver.resolve(null, "cleave")).hasFileName("cleave.mjs");
    }

    @Test
    void followsExportsWithConditionsPatternsAndNulls() throws IOException {
        write("node_modules/pkg/package.json", """
                { "exports": {
                    ".": [{ "node": "./node.js", "require": "./index.cjs", "import": "./esm/index.js" }, "./fallback.js"],
                    "./features/*.js": "./src/features/*.js",
                    "./features/private/*": null,
                    "./data": { "default": { "import": "./data.mjs" } } } }""");
        write("node_modules/pkg/esm/index.js", "");
        write("node_modules/pkg/src/features/a/b.js", "");
        write("node_modules/pkg/data.mjs", "");
        assertThat(resolve("pkg")).isEqualTo("node_modules/pkg/esm/index.js");
        assertThat(resolve("pkg/features/a/b.js")).isEqualTo("node_modules/pkg/src/features/a/b.js");
        assertThat(resolve("pkg/data")).isEqualTo("node_modules/pkg/data.mjs");
        assertThatThrownBy(() -> resolve("pkg/features/private/x"))
                .isInstanceOf(ModuleException.class).hasMessageContaining("does not export './features/private/x'");
        assertThatThrownBy(() -> resolve("pkg/esm/index.js"))
                .isInstanceOf(ModuleException.class).hasMessageContaining("does not export './esm/index.js'");
    }

    @Test
    void takesSugarExportsModuleMainAndIndexInThatOrder() throws IOException {
        write("node_modules/sugar/package.json", "{ \"exports\": \"./lib.js\", \"main\": \"./no.js\" }");
        write("node_modules/sugar/lib.js", "");
        write("node_modules/@scope/esm/package.json", "{ \"module\": \"./esm\", \"main\": \"./cjs.js\" }");
        write("node_modules/@scope/esm/esm.js", "");
        write("node_modules/@scope/esm/extra/deep.js", "");
        write("node_modules/old/package.json", "{ \"main\": \"lib/main\" }");
        write("node_modules/old/lib/main.js", "");
        write("node_modules/bare/index.js", "");
        assertThat(resolve("sugar")).isEqualTo("node_modules/sugar/lib.js");
        assertThat(resolve("@scope/esm")).isEqualTo("node_modules/@scope/esm/esm.js");
        assertThat(resolve("@scope/esm/extra/deep")).isEqualTo("node_modules/@scope/esm/extra/deep.js");
        assertThat(resolve("old")).isEqualTo("node_modules/old/lib/main.js");
        assertThat(resolve("bare")).isEqualTo("node_modules/bare/index.js");
    }

    @Test
    void prefersTheNearestNodeModulesAndNeverLooksAboveTheRoot() throws IOException {
        write("node_modules/dep/index.js", "");
        write("app/node_modules/dep/index.js", "");
        Files.createDirectories(dir.resolve("node_modules/outside"));
        Files.writeString(dir.resolve("node_modules/outside/index.js"), "");
        assertThat(resolve("dep")).isEqualTo("app/node_modules/dep/index.js");
        assertThat(root.relativize(resolver.resolve(null, "dep"))).hasToString("node_modules/dep/index.js");
        assertThatThrownBy(() -> resolve("outside"))
                .isInstanceOf(ModuleException.class)
                .hasMessageContaining("Cannot find package 'outside' imported from app/main.js");
    }

    @Test
    void looksInPackageFoldersOutsideTheRootAfterTheReleaseOwn() throws IOException {
        Path project = dir.resolve("node_modules");
        Files.createDirectories(project.resolve("shared-dep"));
        Files.writeString(project.resolve("shared-dep/index.js"), "");
        write("node_modules/local/index.js", "");
        Files.createDirectories(project.resolve("local"));
        Files.writeString(project.resolve("local/index.js"), "");
        ModuleResolver withProject = new ModuleResolver(root, java.util.List.of(project));
        assertThat(withProject.resolve(referrer(), "shared-dep")).isEqualTo(project.resolve("shared-dep/index.js"));
        assertThat(withProject.resolve(referrer(), "local")).isEqualTo(root.resolve("node_modules/local/index.js"));
        assertThatThrownBy(() -> resolver.resolve(referrer(), "shared-dep")).isInstanceOf(ModuleException.class);
    }

    @Test
    void explainsWhatWasTriedForAMissingFile() {
        assertThatThrownBy(() -> resolve("./nope"))
                .isInstanceOf(ModuleException.class)
                .hasMessage("Cannot find module './nope' imported from app/main.js (tried app/nope with .js, .mjs and /index.js)");
        assertThatThrownBy(() -> resolve("../../etc/passwd"))
                .isInstanceOf(ModuleException.class)
                .hasMessageContaining("points outside the release folder");
        assertThatThrownBy(() -> resolve("@broken"))
                .isInstanceOf(ModuleException.class)
                .hasMessageContaining("Invalid module specifier '@broken'");
    }
}
