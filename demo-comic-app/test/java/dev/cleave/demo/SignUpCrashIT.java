package dev.cleave.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cleave.node.NodeProcess;

/**
 * Sign-up over {@code kill -9}: the demo's monolith (a real process, its state on disk) takes
 * sign-ups from four callers at once and is killed the moment two are acknowledged, 10 times.
 * After each restart the accounts acknowledged before the kill log in (and after the last one,
 * all of them), and every sign-up that was cut off is either a whole account or none: its
 * nickname logs in or can be signed up again (before sign-up had one commit point, a cut-off one
 * left a nickname taken that could not log in, by the second or third kill).
 */
class SignUpCrashIT {
    private static final int TRIALS = 10;
    private static final int CALLERS = 4;
    private static final int ACKNOWLEDGED_PER_TRIAL = 2;
    private static final String PASSWORD = "correct-horse";

    @TempDir
    Path dir;

    @Test
    void keepsAcknowledgedSignUpsAndLeavesNoHalfAccount() throws InterruptedException {
        Path release = DemoRelease.get();
        IntFunction<Path> service = port -> ServiceFiles.copy("standalone.json", dir, port, null, false);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> lastTrial = ConcurrentHashMap.newKeySet();
        Set<String> cutOff = ConcurrentHashMap.newKeySet();
        AtomicInteger names = new AtomicInteger();
        for (int trial = 0; trial <= TRIALS; trial++) {
            NodeStarter.Started started = NodeStarter.launch("signup-" + trial, dir, service, DomainTest.BODY_LIMIT, release);
            try {
                started = NodeStarter.await(started, "signup-" + trial, dir, service, DomainTest.BODY_LIMIT, release);
                Api api = new Api(started.port());
                for (String nickname : trial == TRIALS ? acknowledged : lastTrial) {
                    Api.Answer login = login(api, nickname);
                    assertThat(login.status()).as("trial %d: acknowledged sign-up %s logs in: %s", trial, nickname, login.body())
                            .isEqualTo(200);
                    assertThat(login.json().get("creator").get("nickname").asText()).isEqualTo(nickname);
                }
                for (String nickname : List.copyOf(cutOff)) {
                    assertWholeOrNone(api, nickname, trial);
                    cutOff.remove(nickname);
                }
                if (trial == TRIALS) {
                    break;
                }
                lastTrial.clear();
                signUpUntilKilled(api, started.process(), trial, names, lastTrial, cutOff);
                acknowledged.addAll(lastTrial);
            } finally {
                started.process().close();
            }
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(TRIALS * ACKNOWLEDGED_PER_TRIAL);
    }

    /** Four callers sign up new nicknames until two are acknowledged; then the node is killed. */
    private static void signUpUntilKilled(Api api, NodeProcess node, int trial, AtomicInteger names,
                                          Set<String> acknowledged, Set<String> cutOff) throws InterruptedException {
        CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_PER_TRIAL);
        Queue<String> refused = new ConcurrentLinkedQueue<>();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        for (int caller = 0; caller < CALLERS; caller++) {
            callers.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    String nickname = "crash_" + trial + "_" + names.incrementAndGet();
                    cutOff.add(nickname);
                    try {
                        Api.Answer answer = signUp(api, nickname);
                        if (answer.status() != 200) {
                            refused.add(nickname + " answered " + answer.status() + ": " + answer.body());
                            return;
                        }
                        cutOff.remove(nickname);
                        acknowledged.add(nickname);
                        enough.countDown();
                    } catch (UncheckedIOException killed) {
                        return;
                    }
                }
            });
        }
        assertThat(enough.await(180, TimeUnit.SECONDS)).as("trial %d: %d sign-ups acknowledged", trial, ACKNOWLEDGED_PER_TRIAL)
                .isTrue();
        node.kill();
        callers.shutdownNow();
        assertThat(callers.awaitTermination(90, TimeUnit.SECONDS)).as("callers stopped after the kill").isTrue();
        assertThat(refused).as("trial %d: sign-ups refused before the kill", trial).isEmpty();
    }

    /**
     * A sign-up that got no answer: either there is no account (its nickname signs up now) or it is
     * whole (the nickname is taken and logs in). Sign-up is tried first, so that no wrong log-in is
     * counted against this address (30 of them lock its log-ins).
     */
    private static void assertWholeOrNone(Api api, String nickname, int trial) {
        Api.Answer again = signUp(api, nickname);
        if (again.status() == 200) {
            return;
        }
        assertThat(again.body()).as("trial %d: sign-up of cut-off %s", trial, nickname).contains("is taken");
        Api.Answer login = login(api, nickname);
        assertThat(login.status()).as("trial %d: %s is taken, so it must log in: %s", trial, nickname, login.body())
                .isEqualTo(200);
        assertThat(login.json().get("creator").get("nickname").asText()).isEqualTo(nickname);
    }

    private static Api.Answer login(Api api, String nickname) {
        return api.call(null, "authentication/login", Map.of("nickname", nickname, "password", PASSWORD));
    }

    private static Api.Answer signUp(Api api, String nickname) {
        return api.call(null, "authentication/signUp", Map.of("nickname", nickname, "fullName", "Crash " + nickname,
                "password", PASSWORD));
    }
}
