package dev.cleave.segmenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cleave.segmenter.config.ProjectConfigLoader;

/** Every build error, each from a tiny app under {@code apps/errors/}, with its exact message. */
class BuildErrorsTest {
    @TempDir
    Path dir;

    private BuildException failure(String app) {
        Path project = TestApps.copy("errors/" + app, dir);
        try {
            new Segmenter().build(ProjectConfigLoader.find(project));
        } catch (BuildException e) {
            assertThat(project.resolve("dist")).as("nothing is written on error").doesNotExist();
            return e;
        }
        throw new AssertionError("the build of errors/" + app + " did not fail");
    }

    private void assertMessage(String app, String message) {
        assertThat(failure(app)).hasMessage(message);
    }

    @Test
    void namesAModuleOfASegmentFileThatDoesNotExist() {
        assertMessage("missing-module", "segments/reads.json: module './post/getPots' does not exist (looked for"
                + " src/post/getPots.ts, .js, .mjs and src/post/getPots/index.*) — fix the module path in the segment file");
    }

    @Test
    void namesAnExportTheModuleDoesNotHaveAndListsThoseItHas() {
        assertMessage("missing-export", "segments/reads.json: './post/getPost' exports no 'getPosts' (it exports: default,"
                + " getPostTitle) — fix the export name in the segment file");
    }

    @Test
    void refusesASegmentedFunctionThatIsNotAsync() {
        assertMessage("not-async", "src/post/getPost.ts:2:8: segmented function 'getPost' is not async (segments/reads.json"
                + " lists './post/getPost' export 'getPost') — declare it 'async function getPost(...)'");
    }

    @Test
    void refusesASegmentedArrowFunction() {
        assertMessage("arrow", "src/post/listPosts.ts:1:26: segmented function 'listPosts' is an arrow function"
                + " (segments/reads.json lists './post/listPosts' export 'listPosts') — write it as a declaration:"
                + " 'export async function listPosts(...) { ... }'");
    }

    @Test
    void refusesASegmentedGenerator() {
        assertMessage("generator", "src/feed.ts:1:8: segmented function 'feed' is a generator (segments/reads.json lists"
                + " './feed' export 'feed') — a procedure returns one result: remove the '*'");
    }

    @Test
    void refusesAnAnonymousProcedureWithoutAlias() {
        assertMessage("anonymous", "src/post/getPost.ts:1:16: segmented function is anonymous (segments/reads.json lists"
                + " './post/getPost' export 'default') — give it a name ('export default async function name(...)') or set"
                + " \"as\" in segments/reads.json");
    }

    @Test
    void refusesAnExportThatIsNeitherProcedureNorClass() {
        assertMessage("not-a-procedure", "segments/reads.json: './settings' export 'limits' is neither an async function"
                + " nor a class (src/settings.ts:1:14) — segment files list procedures (async functions) and classes only");
    }

    @Test
    void refusesTwoSegmentsThatDisagreeAboutOneProcedure() {
        assertMessage("disagree", "segments/reads.json and segments/writes.json disagree about src/post/getPost.ts export"
                + " 'default': reads has public 1.0.0, writes has private 1.0.0 — give it the same access, version, \"as\""
                + " and \"idempotent\" in both files");
    }

    @Test
    void refusesVersionsOfOneProcedureSplitAcrossSegments() {
        assertMessage("split-versions", "procedure 'sayHi' has versions in different segments (1.0.0 in old; 2.0.0 in new)"
                + " — all versions of a procedure live in the same segment: list them in the same segment file(s)");
    }

    @Test
    void refusesTwoImplementationsOfOneVersion() {
        assertMessage("duplicate-version", "procedure 'a/find' version 1.0.0 is declared twice: src/a/find.ts export 'find'"
                + " (segments/reads.json) and src/a/search.ts export 'search' (segments/reads.json) — give one of them another"
                + " \"version\" or \"as\"");
    }

    @Test
    void showsASyntaxErrorWithFileLineColumnAndTheLine() {
        assertMessage("syntax", """
                src/post/getPost.ts:3:50: syntax error: Expected ',', got '{' — fix the code there:
                  3 | export default async function getPost(id: number {
                    |                                                  ^""");
    }

    @Test
    void refusesACyclicReexport() {
        assertMessage("reexport-cycle", "src/api/index.ts: 'getPost' is re-exported in a cycle: src/api/index.ts 'getPost'"
                + " → src/api/posts.ts 'getPost' → src/api/index.ts 'getPost' — make one of these 'export ... from'"
                + " statements point to the module that declares it");
    }

    @Test
    void refusesAnUnknownKeyInASegmentFile() {
        assertMessage("unknown-key", "segments/reads.json: unknown key 'verison' in './post/getPost' → 'default' — the"
                + " allowed keys are access, as, idempotent, version; remove or rename it");
    }

    @Test
    void namesAnImportThatDoesNotExist() {
        assertMessage("missing-import", "src/post/getPost.ts: import '../shared/titles' does not exist (looked for"
                + " src/shared/titles.ts, .js, .mjs and src/shared/titles/index.*) — fix the import or add the module");
    }

    @Test
    void namesAResourceModuleThatDoesNotExist() {
        assertMessage("missing-resource", "resources/db.json: module './db/pool' does not exist (looked for src/db/pool.ts,"
                + " .js, .mjs and src/db/pool/index.*) — fix the module path in the resource file");
    }

    @Test
    void reportsAllProblemsOfTheSegmentFilesAtOnce() {
        BuildException e = failure("several");
        assertThat(e.problems()).containsExactly(
                "src/post/getPost.ts:1:8: segmented function 'getPost' is not async (segments/reads.json lists './post/getPost'"
                        + " export 'getPost') — declare it 'async function getPost(...)'",
                "src/post/getPost.ts:2:26: segmented function 'listPosts' is an arrow function (segments/reads.json lists"
                        + " './post/getPost' export 'listPosts') — write it as a declaration: 'export async function listPosts(...) { ... }'",
                "segments/reads.json: './post/getPost' exports no 'deletePost' (it exports: getPost, listPosts) — fix the export"
                        + " name in the segment file",
                "segments/reads.json: module './post/missing' does not exist (looked for src/post/missing.ts, .js, .mjs and"
                        + " src/post/missing/index.*) — fix the module path in the segment file");
        assertThat(e).hasMessage(String.join("\n", e.problems()));
    }

    @Test
    void keepsTheEarlierReleaseWhenABuildFails() throws IOException {
        Path project = TestApps.copy("blog", dir);
        BuildResult first = new Segmenter().build(ProjectConfigLoader.find(project));
        Map<String, String> before = TestApps.files(first.target());
        Files.writeString(project.resolve("src/post/deletePost.ts"), "export function deletePost(id: number) { return id; }\n");
        assertThatThrownBy(() -> new Segmenter().build(ProjectConfigLoader.find(project)))
                .isInstanceOf(BuildException.class).hasMessageContaining("'deletePost' is not async");
        assertThat(TestApps.files(first.target())).isEqualTo(before);
        try (var entries = Files.list(project)) {
            assertThat(entries.map(p -> p.getFileName().toString())).as("no staging folders are left behind")
                    .containsExactlyInAnyOrder("cleave.json", "dist", "resources", "segments", "src");
        }
    }

    @Test
    void neverReplacesAFolderThatIsNotARelease() throws IOException {
        Path project = TestApps.copy("blog", dir);
        Files.createDirectories(project.resolve("dist"));
        Files.writeString(project.resolve("dist/notes.txt"), "mine");
        assertThatThrownBy(() -> new Segmenter().build(ProjectConfigLoader.find(project)))
                .hasMessage("target 'dist' is not empty and holds no release (no manifest.json) — the build replaces the whole"
                        + " folder: empty it, or set \"target\" to another folder");
        assertThat(project.resolve("dist/notes.txt")).hasContent("mine");
    }
}
