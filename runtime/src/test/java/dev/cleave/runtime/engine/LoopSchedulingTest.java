package dev.cleave.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.junit.jupiter.api.Test;

import dev.cleave.runtime.TestApps;
import dev.cleave.runtime.errors.DeadlineExceededException;
import dev.cleave.runtime.errors.OverloadedException;
import dev.cleave.runtime.modules.ModuleResolver;
import dev.cleave.runtime.webapi.WebApis;

/**
 * Which loop runs a new call, and what happens when none can: a loop stuck in a long turn takes
 * no new calls while another is free, a full queue refuses at once, and a turn that will not stop
 * holds up no other loop's deadlines.
 */
class LoopSchedulingTest {
    private static final Duration LONG = Duration.ofSeconds(30);

    /** {@code block(ms)}: host code that ignores interrupts for {@code ms}, as a stuck native call would. */
    private static final AtomicBoolean BLOCK_RETURNED = new AtomicBoolean();
    private static final ContextSetup BLOCK = (context, loop) -> context.getBindings("js").putMember("block",
            (ProxyExecutable) args -> {
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(args[0].asLong());
                for (long left; (left = end - System.nanoTime()) > 0; ) {
                    LockSupport.parkNanos(left);
                }
                BLOCK_RETURNED.set(true);
                return null;
            });

    private static LoopGroup group(int loops, int queueLimit) {
        List<ContextSetup> setups = new ArrayList<>(WebApis.standard(LONG));
        setups.add(BLOCK);
        return new LoopGroup(loops, new ModuleResolver(TestApps.path("basics")), setups, LONG, queueLimit);
    }

    /** JavaScript evaluated on the loop; its value (or promise) is the call's result. */
    private static LoopCall<Object> js(String source) {
        return new LoopCall<>() {
            @Override
            public Value start(EventLoop loop) {
                return loop.context().eval("js", source);
            }

            @Override
            public Object finish(EventLoop loop, Value result) {
                return result.isNumber() ? result.asInt() : result.toString();
            }
        };
    }

    private static Throwable failure(CompletableFuture<?> call) throws InterruptedException {
        try {
            call.get(LONG.toSeconds(), TimeUnit.SECONDS);
            throw new AssertionError("the call succeeded");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the call did not finish", e);
        }
    }

    @Test
    void aLoopStuckInALongTurnTakesNoNewCallsWhileAnotherIsFree() throws Exception {
        try (LoopGroup group = group(2, 100)) {
            CompletableFuture<Object> stuck = group.submitTo(0, js("while (true) {}"), Duration.ofSeconds(3), "spin");
            // loop 1 is not busy, only waiting: three calls in flight that await a timer
            List<CompletableFuture<Object>> waiting = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                waiting.add(group.submitTo(1, js("new Promise(r => setTimeout(() => r(7), 4000))"), LONG, "wait"));
            }
            for (int i = 0; i < 5; i++) {
                CompletableFuture<Object> quick = group.submit(js(i + " * 2"), Duration.ofSeconds(2), null, "quick " + i);
                assertThat(quick.get(10, TimeUnit.SECONDS)).as("quick call %d, with loop 0 stuck", i).isEqualTo(i * 2);
            }
            assertThat(stuck).as("the stuck call is still running").isNotDone();
            assertThat(failure(stuck)).isInstanceOf(DeadlineExceededException.class);
            for (CompletableFuture<Object> call : waiting) {
                assertThat(call.get(10, TimeUnit.SECONDS)).isEqualTo(7);
            }
        }
    }

    @Test
    void refusesCallsAtOnceWhenTheQueueIsFullAndRunsTheQueuedOnesLater() throws Exception {
        try (LoopGroup group = group(1, 3)) {
            CompletableFuture<Object> stuck = group.submitTo(0, js("while (true) {}"), Duration.ofSeconds(2), "spin");
            List<CompletableFuture<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(group.submit(js(String.valueOf(i)), LONG, null, "call " + i));
            }
            for (CompletableFuture<Object> refused : calls.subList(3, 5)) {
                assertThat(refused).as("refused without waiting for the loop").isCompletedExceptionally();
                assertThat(failure(refused)).isInstanceOf(OverloadedException.class)
                        .hasMessageContaining("all 1 event loops are busy and 3 calls are waiting already");
            }
            assertThat(stuck).isNotDone();
            for (int i = 0; i < 3; i++) {
                assertThat(calls.get(i).get(10, TimeUnit.SECONDS)).as("queued call %d, run once the loop is free", i).isEqualTo(i);
            }
            assertThat(failure(stuck)).isInstanceOf(DeadlineExceededException.class);
        }
    }

    @Test
    void aTurnThatWillNotStopDelaysNoOtherLoopsDeadline() throws Exception {
        BLOCK_RETURNED.set(false);
        try (LoopGroup group = group(2, 100)) {
            CompletableFuture<Object> blocked = group.submitTo(0, js("block(9000)"), Duration.ofMillis(300), "block");
            assertThat(failure(blocked)).isInstanceOf(DeadlineExceededException.class);
            CompletableFuture<Object> spin = group.submitTo(1, js("while (true) {}"), Duration.ofSeconds(1), "spin");
            // the watchdog is trying to stop loop 0 meanwhile; loop 1's deadline must not wait for it
            assertThat(spin).failsWithin(Duration.ofSeconds(4));
            assertThat(failure(spin)).isInstanceOf(DeadlineExceededException.class);
            assertThat(BLOCK_RETURNED).as("loop 0 is still in its host call").isFalse();
            CompletableFuture<Object> after = group.submit(js("6 * 7"), Duration.ofSeconds(5), null, "after");
            assertThat(after.get(10, TimeUnit.SECONDS)).as("loop 1 takes calls again").isEqualTo(42);
        }
    }
}
