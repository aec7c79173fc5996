package dev.cleave.segmenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cleave.runtime.Invocation;
import dev.cleave.runtime.JsRuntime;
import dev.cleave.runtime.RuntimeConfig;
import dev.cleave.runtime.errors.ScriptException;

/**
 * Builds the TypeScript app {@code apps/blog} with the build command and runs its procedures in
 * the runtime, with the release folder as root. A stand-in for the node answers {@code __run} the
 * way a node that hosts every segment would: it imports the procedure's module from the hosting
 * segment and calls it.
 */
class ReleaseRunsInTheRuntimeTest {
    @TempDir
    static Path dir;
    static JsRuntime runtime;

    @BeforeAll
    static void buildAndStart() {
        Path project = TestApps.copy("blog", dir);
        // What ./cleave build runs, in the project folder.
        int status = BuildCommand.run(new String[0], project, System.out, System.err);
        assertThat(status).isZero();
        Path target = project.resolve("dist");
        String release = target.toString().replace("\\", "/");
        String node = """
                globalThis[Symbol.for('cleave.run')] = async (fqn, version, args) => {
                    if (fqn === 'post/getPost') {
                        const module = await import('%s/segments/reads/post/getPost.js');
                        return module.default(args.id);
                    }
                    return { fqn, version, args };
                };
                """.formatted(release);
        runtime = JsRuntime.create(RuntimeConfig.of(target).withLoops(1),
                List.of((context, loop) -> context.eval("js", node)));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static Object call(String module, String export, Object... args) {
        return runtime.invoke(Invocation.of(module, export, args)).join();
    }

    @Test
    void runsAProcedureOfASegment() {
        assertThat(call("segments/reads/post/getPost", "default", 1)).isEqualTo(Map.of("id", 1, "title", "Hello, world"));
        assertThat(call("segments/writes/greetings", "sayHiV2", "Ada", "?")).isEqualTo("Hi there, Ada?");
        assertThat(call("segments/reads/search/index", "default", "cleave")).isEqualTo(List.of(1));
    }

    @Test
    void callsAnotherSegmentThroughItsRemoteModuleAndSharesTheResourceOfTheNode() {
        Object created = call("segments/writes/post/createPost", "default", "a new post", "ada");
        assertThat(created).isEqualTo(Map.of("id", 2, "title", "A new post by ada"));
    }

    @Test
    void sendsNamedArgumentsFromTheRemoteModule() {
        Object sent = call("segments/admin/__remote__/post/listPosts", "listPosts",
                Map.of("author", "ada", "limit", 5, "tag", "x"), List.of(1, 2, 3), "new", "a", "b");
        assertThat(sent).isEqualTo(Map.of("fqn", "post/listPosts", "version", "0.0.0", "args", Map.of(
                "author", "ada", "limit", 5, "tag", "x", "from", 1, "to", 3, "sort", "new", "...tags", List.of("a", "b"))));
    }

    @Test
    void refusesAPrivateProcedureOfAnotherSegment() {
        assertThatThrownBy(() -> call("segments/admin/__remote__/post/deletePost", "deletePost", 1))
                .cause().isInstanceOf(ScriptException.class)
                .hasMessage("procedure 'post/deletePost' is private to its segment and cannot be called from segment 'admin'")
                .extracting(e -> ((ScriptException) e).name()).isEqualTo("Forbidden");
    }
}
