package dev.cleave.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.cleave.runtime.Invocation;
import dev.cleave.runtime.JsRuntime;
import dev.cleave.runtime.RuntimeConfig;
import dev.cleave.runtime.TestApps;
import dev.cleave.runtime.errors.ScriptException;

class EventLoopTest {
    private static final int LOOPS = 3;
    private static JsRuntime runtime;

    /** {@code hostDelay(ms, value, fail)}: a promise that Java settles later from another thread. */
    private static final ContextSetup HOST_DELAY = (context, loop) -> context.getBindings("js").putMember("hostDelay",
            (ProxyExecutable) args -> {
                long ms = args[0].asLong();
                String value = args[1].asString();
                boolean fail = args.length > 2 && args[2].asBoolean();
                CompletableFuture<String> later = CompletableFuture.supplyAsync(() -> {
                    if (fail) {
                        throw new IllegalStateException(value);
                    }
                    return value;
                }, CompletableFuture.delayedExecutor(ms, TimeUnit.MILLISECONDS));
                return HostPromise.of(loop, later, v -> v,
                        error -> context.eval("js", "(message) => new Error(message)").execute(error.getCause().getMessage()));
            });

    @BeforeAll
    static void start() {
        runtime = JsRuntime.create(RuntimeConfig.of(TestApps.path("basics")).withLoops(LOOPS), List.of(HOST_DELAY));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static Object call(String export, Object... args) {
        return runtime.invoke(Invocation.of("concurrency", export, args)).join();
    }

    @Test
    void runsAThousandConcurrentCallsOverAllLoopsWithCorrectResults() {
        List<CompletableFuture<Object>> calls = IntStream.range(0, 1000)
                .mapToObj(i -> runtime.invoke(Invocation.of("concurrency", "work", i))).toList();
        Set<Object> contexts = new HashSet<>();
        for (int i = 0; i < calls.size(); i++) {
            Map<?, ?> result = (Map<?, ?>) calls.get(i).join();
            assertThat(result.get("i")).isEqualTo(i);
            assertThat(result.get("square")).isEqualTo(i * i);
            contexts.add(result.get("contextId"));
        }
        assertThat(contexts).hasSize(LOOPS);
    }

    @Test
    void awaitsAPromiseThatJavaSettlesFromAnotherThread() {
        assertThat(call("waitForHost", 30, "hello")).isEqualTo("host said hello");
        assertThat(call("hostFailure", "disk full")).isEqualTo("caught disk full");
    }

    @Test
    void failsOnlyTheCallWhoseTimerThrew() {
        var failing = runtime.invoke(Invocation.of("concurrency", "throwInTimer"));
        var healthy = runtime.invoke(Invocation.of("concurrency", "intervalTicks", 5));
        assertThatThrownBy(failing::join).cause().isInstanceOf(ScriptException.class).hasMessage("thrown in a timer");
        assertThat(healthy.join()).isEqualTo(5);
    }

    @Test
    void firesTimersInDueOrderAfterMicrotasks() {
        assertThat(call("timerOrder")).isEqualTo(List.of("microtask", "a0", "a0-second", "b10", "last"));
    }

    @Test
    void rejectsBadTimerArgumentsLikeBrowsers() {
        assertThat(call("badTimerArguments")).isEqualTo(List.of("TypeError", "TypeError", "TypeError"));
    }
}
