package dev.cleave.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.cleave.runtime.errors.DeadlineExceededException;
import dev.cleave.runtime.errors.ModuleException;
import dev.cleave.runtime.errors.ScriptException;

class JsRuntimeTest {
    private static JsRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = JsRuntime.create(RuntimeConfig.of(TestApps.path("basics")).withLoops(2));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static Object call(String module, String export, Object... args) {
        return runtime.invoke(Invocation.of(module, export, args)).join();
    }

    @Test
    void runsTheOptimizingJit() {
        assertThat(runtime.engineName()).isNotEqualTo("Interpreted");
    }

    @Test
    void callsAnAsyncExportAndAwaitsItsResult() {
        assertThat(call("math", "add", 2, 3)).isEqualTo(5);
    }

    @Test
    void callsASyncExport() {
        assertThat(call("math", "syncTwice", 21)).isEqualTo(42);
    }

    @Test
    void passesStructuredArgumentsBothWays() {
        Object result = call("math", "add", List.of(1), Map.of("a", 1));
        assertThat(result).isEqualTo("1[object Object]");
    }

    @Test
    void awaitsATimer() {
        assertThat(call("math", "later", 20, "done")).isEqualTo("done");
    }

    @Test
    void importsRelativeIndexBuiltinAndPackageModules() {
        assertThat(call("greetings", "default", "Ada")).isEqualTo("Hello, Ada!");
        assertThat(call("greetings/index", "loud", "Ada")).isEqualTo("HELLO, ADA! ada plain legacy");
        assertThat(call("greetings", "sameErrorClass")).isEqualTo(true);
    }

    @Test
    void reportsAThrownErrorWithItsClassName() {
        assertThatThrownBy(() -> call("greetings", "default", ""))
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(ScriptException.class)
                .hasMessage("nobody to greet")
                .extracting(e -> ((ScriptException) e).name()).isEqualTo("NotFound");
        assertThatThrownBy(() -> call("math", "fail", "bad input"))
                .cause().isInstanceOf(ScriptException.class).hasMessage("bad input");
    }

    @Test
    void explainsThatRemoteCallsNeedANode() {
        assertThatThrownBy(() -> call("greetings", "callElsewhere"))
                .cause().isInstanceOf(ScriptException.class)
                .hasMessageContaining("Cannot call 'other/segment' (version 1.0.0)")
                .extracting(e -> ((ScriptException) e).name()).isEqualTo("ServerError");
    }

    @Test
    void namesAMissingModuleOrExport() {
        assertThatThrownBy(() -> call("nothing/here", "default"))
                .cause().isInstanceOf(ModuleException.class)
                .hasMessageContaining("Cannot find module './nothing/here'");
        assertThatThrownBy(() -> call("math", "subtract"))
                .cause().isInstanceOf(ModuleException.class)
                .hasMessageContaining("module 'math' has no export 'subtract'");
        assertThatThrownBy(() -> call("math", "notAFunction"))
                .cause().isInstanceOf(ModuleException.class)
                .hasMessageContaining("is not a function");
    }

    @Test
    void interruptsARunawayCallAndKeepsServing() {
        var runaway = runtime.invoke(Invocation.of("math", "spin").withTimeout(Duration.ofMillis(300)));
        var others = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> runtime.invoke(Invocation.of("math", "add", i, 1))).toList();
        assertThatThrownBy(runaway::join).cause().isInstanceOf(DeadlineExceededException.class);
        for (int i = 0; i < others.size(); i++) {
            assertThat(others.get(i).join()).isEqualTo(i + 1);
        }
        assertThat(call("math", "add", 1, 1)).isEqualTo(2);
    }
}
