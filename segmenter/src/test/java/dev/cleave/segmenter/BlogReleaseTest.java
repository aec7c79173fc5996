package dev.cleave.segmenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.cleave.segmenter.config.ProjectConfigLoader;

/**
 * The TypeScript app {@code apps/blog}: three segments, shared code, a resource, a registered
 * class, versions, every access level and parameter shape, and imports across segments.
 */
class BlogReleaseTest {
    @TempDir
    static Path dir;
    static Path project;
    static BuildResult result;
    static Map<String, String> files;
    static JsonNode manifest;

    @BeforeAll
    static void build() throws IOException {
        project = TestApps.copy("blog", dir);
        result = new Segmenter().build(ProjectConfigLoader.find(project));
        files = TestApps.files(result.target());
        manifest = new ObjectMapper().readTree(files.get("manifest.json"));
    }

    private static JsonNode version(String fqn, int index) {
        return manifest.at("/procedures/" + fqn.replace("/", "~1") + "/versions/" + index);
    }

    @Test
    void matchesTheGoldenRelease() {
        TestApps.assertGolden("blog", result.target());
    }

    @Test
    void reportsWhatItBuilt() {
        assertThat(result.segments()).containsExactly("admin", "reads", "writes");
        assertThat(result.procedures()).isEqualTo(8);
        assertThat(result.modules()).isEqualTo(26);
        assertThat(result.releaseId()).hasSize(64).isEqualTo(manifest.get("id").asText());
    }

    @Test
    void putsModulesOfNoSegmentUnderCommonWithRemoteModulesForProcedures() {
        assertThat(manifest.get("common").toString()).isEqualTo("[\"post/index\",\"shared/format\"]");
        assertThat(TestApps.files(result.target()).get("common/post/index.js"))
                .isEqualTo("export { default as getPost } from '../__remote__/post/getPost.js';\n"
                        + "export * from '../__remote__/post/listPosts.js';\n");
    }

    @Test
    void namesProceduresByTheFqnRules() {
        assertThat(version("post/getPost", 0).get("export").asText()).as("default export").isEqualTo("default");
        assertThat(version("post/listPosts", 0).get("export").asText()).as("named export").isEqualTo("listPosts");
        assertThat(version("search", 0).get("module").asText()).as("index module, default export").isEqualTo("search/index");
        assertThat(version("stats/countPosts", 0).get("module").asText()).as("re-exported").isEqualTo("stats/count");
        assertThat(version("sayHi", 0).get("module").asText()).as("module at the source root").isEqualTo("greetings");
        assertThat(version("sayHi", 1).get("export").asText()).as("aliased with \"as\"").isEqualTo("sayHiV2");
        assertThat(manifest.get("procedures").properties()).extracting(Map.Entry::getKey).containsExactly(
                "admin/purge", "post/createPost", "post/deletePost", "post/getPost", "post/listPosts", "sayHi", "search",
                "stats/countPosts");
    }

    @Test
    void recordsVersionsAndAccess() {
        assertThat(version("post/getPost", 0).get("version").asText()).as("\"1\" is 1.0.0").isEqualTo("1.0.0");
        assertThat(version("stats/countPosts", 0).get("version").asText()).isEqualTo("0.1.0");
        assertThat(version("search", 0).get("version").asText()).as("default").isEqualTo("0.0.0");
        assertThat(List.of(version("sayHi", 0).get("version").asText(), version("sayHi", 1).get("version").asText()))
                .containsExactly("1.0.0", "2.0.0");
        assertThat(version("post/getPost", 0).get("access").asText()).isEqualTo("public");
        assertThat(version("post/listPosts", 0).get("access").asText()).isEqualTo("protected");
        assertThat(version("post/deletePost", 0).get("access").asText()).as("default").isEqualTo("private");
    }

    @Test
    void recordsParametersOfEveryShape() {
        assertThat(version("post/listPosts", 0).get("parameters").toString()).isEqualTo("["
                + "{\"name\":\"{ author, limit, ...filters }\",\"pattern\":\"object\",\"keys\":[\"author\",\"limit\",\"...filters\"]},"
                + "{\"name\":\"[ from, , to ]\",\"pattern\":\"array\",\"keys\":[\"from\",\"\",\"to\"]},"
                + "{\"name\":\"sort\",\"optional\":true},"
                + "{\"name\":\"tags\",\"rest\":true}]");
        assertThat(version("post/createPost", 0).get("parameters").toString())
                .isEqualTo("[{\"name\":\"text\"},{\"name\":\"author\",\"optional\":true}]");
    }

    @Test
    void registersClassesWithTheirKeys() {
        assertThat(manifest.get("classes").toString()).isEqualTo("{\"domain/Post\":{\"module\":\"domain/Post\","
                + "\"export\":\"default\",\"segments\":[\"reads\"],\"parameters\":[\"id\",\"title\"]}}");
        assertThat(manifest.at("/segments/reads/classes").toString()).isEqualTo("[\"domain/Post\"]");
    }

    @Test
    void copiesSharedModulesIntoEachSegmentThatImportsThem() {
        assertThat(files).containsKeys("segments/reads/shared/format.js", "segments/writes/shared/format.js",
                "segments/admin/shared/format.js");
        assertThat(manifest.at("/segments/writes/shared").toString()).isEqualTo("[\"domain/Post\",\"shared/format\"]");
        assertThat(files.get("segments/writes/post/createPost.js"))
                .startsWith("import Post from '../domain/Post.js';\n");
    }

    @Test
    void writesResourceModulesOnceForTheNode() {
        assertThat(files.keySet()).filteredOn(f -> f.endsWith("db/store.js")).containsExactly("resources/db/store.js");
        assertThat(ReleaseFiles.specifiers(files.get("segments/reads/post/getPost.js")))
                .contains("../../../resources/db/store.js");
        assertThat(ReleaseFiles.specifiers(files.get("segments/writes/post/deletePost.js")))
                .containsExactly("../../../resources/db/store.js");
        assertThat(manifest.get("resources").toString()).isEqualTo("[\"db/store\"]");
    }

    @Test
    void pointsImportsOfAnotherSegmentsProcedureAtARemoteModule() {
        assertThat(ReleaseFiles.specifiers(files.get("segments/writes/post/createPost.js"))).containsExactly(
                "../domain/Post.js", "../__remote__/post/getPost.js", "../shared/format.js", "../../../resources/db/store.js");
        assertThat(files.get("segments/writes/__remote__/post/getPost.js")).isEqualTo("""
                // Generated by Cleave: procedures of another segment, called through the node.
                import { __run } from 'cleave/remote';

                export default async function getPost(id) {
                    return __run('post/getPost', '1.0.0', { id });
                }
                """);
    }

    @Test
    void sendsRestAndDestructuredParametersAsNamedArguments() {
        assertThat(files.get("segments/admin/__remote__/post/listPosts.js")).isEqualTo("""
                // Generated by Cleave: procedures of another segment, called through the node.
                import { __run } from 'cleave/remote';

                export async function listPosts({ author, limit, ...filters } = {}, [from, , to] = [], sort, ...tags) {
                    return __run('post/listPosts', '0.0.0', { author, limit, ...filters, from, to, sort, '...tags': tags });
                }

                export { PAGE_SIZE } from '../../post/listPosts.js';
                """);
    }

    @Test
    void makesPrivateProceduresOfOtherSegmentsThrowForbidden() {
        assertThat(files.get("segments/admin/__remote__/post/deletePost.js")).isEqualTo("""
                // Generated by Cleave: procedures of another segment, called through the node.
                import { Forbidden } from 'cleave';

                export async function deletePost(id) {
                    throw new Forbidden("procedure 'post/deletePost' is private to its segment and cannot be called from segment 'admin'");
                }
                """);
    }

    @Test
    void keepsImportsOfTheSameSegmentLocal() {
        assertThat(ReleaseFiles.specifiers(files.get("segments/reads/post/getPost.js")))
                .containsExactly("cleave", "../domain/Post.js", "../shared/format.js", "../../../resources/db/store.js");
        assertThat(files.get("segments/reads/stats/index.js")).isEqualTo("export { countPosts } from './count.js';\n");
    }

    @Test
    void followsReexportsOfSharedModulesToRemoteModules() {
        assertThat(files.get("segments/admin/post/index.js")).isEqualTo("""
                export { default as getPost } from '../__remote__/post/getPost.js';
                export * from '../__remote__/post/listPosts.js';
                """);
        assertThat(ReleaseFiles.specifiers(files.get("segments/admin/admin/purge.js"))).containsExactly(
                "../__remote__/post/deletePost.js", "../__remote__/post/listPosts.js", "../post/index.js", "../shared/format.js");
    }

    @Test
    void changesNothingButImportSpecifiers() {
        assertThat(ReleaseFiles.assertOnlySpecifiersChanged(project.resolve("src"), result.target())).isEqualTo(20);
    }

    @Test
    void listsMembersSharedAndRemoteModulesPerSegment() {
        assertThat(manifest.at("/segments/admin").toString()).isEqualTo("{\"modules\":[\"admin/purge\"],"
                + "\"shared\":[\"post/index\",\"post/listPosts\",\"shared/format\"],"
                + "\"remotes\":[\"post/deletePost\",\"post/getPost\",\"post/listPosts\"],"
                + "\"procedures\":[\"admin/purge\"],\"classes\":[]}");
    }

    @Test
    void rebuildingTheSameInputsGivesTheSameRelease() throws IOException {
        String before = Files.readString(result.target().resolve("manifest.json"));
        BuildResult again = new Segmenter().build(ProjectConfigLoader.find(project));
        assertThat(again.releaseId()).isEqualTo(result.releaseId());
        assertThat(TestApps.files(again.target())).isEqualTo(files);
        assertThat(Files.readString(again.target().resolve("manifest.json"))).isEqualTo(before);
    }
}
