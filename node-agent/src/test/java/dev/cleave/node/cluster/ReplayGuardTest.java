package dev.cleave.node.cluster;

import static dev.cleave.node.cluster.ReplayGuard.Verdict.EXPIRED;
import static dev.cleave.node.cluster.ReplayGuard.Verdict.FRESH;
import static dev.cleave.node.cluster.ReplayGuard.Verdict.REPLAYED;
import static dev.cleave.node.cluster.ReplayGuard.Verdict.TOO_LONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReplayGuardTest {
    private final ReplayGuard guard = new ReplayGuard();
    private final UUID sender = UUID.randomUUID();
    private final long now = 1_765_000_000_000L;

    @Test
    void runsACallOnceAndRefusesItsReplay() {
        assertThat(guard.check(sender, 1, now + 5_000, now)).isEqualTo(FRESH);
        assertThat(guard.check(sender, 1, now + 5_000, now + 10)).isEqualTo(REPLAYED);
        assertThat(guard.check(sender, 2, now + 5_000, now)).isEqualTo(FRESH);
        assertThat(guard.check(UUID.randomUUID(), 1, now + 5_000, now)).isEqualTo(FRESH);
    }

    @Test
    void refusesExpiredFramesAndFramesThatClaimTooLongALife() {
        assertThat(guard.check(sender, 1, now - ReplayGuard.SKEW_MILLIS - 1, now)).isEqualTo(EXPIRED);
        assertThat(guard.check(sender, 2, now - ReplayGuard.SKEW_MILLIS + 1, now)).isEqualTo(FRESH);
        assertThat(guard.check(sender, 3, now + ReplayGuard.MAX_LIFETIME_MILLIS + ReplayGuard.SKEW_MILLIS + 1, now))
                .isEqualTo(TOO_LONG);
    }

    @Test
    void forgetsCallsOnceTheyHaveExpiredAndStillRefusesTheirReplay() {
        assertThat(guard.check(sender, 1, now + 1_000, now)).isEqualTo(FRESH);
        long later = now + 1_000 + ReplayGuard.SKEW_MILLIS + 2_000;
        assertThat(guard.check(sender, 2, later + 1_000, later)).isEqualTo(FRESH);
        assertThat(guard.size()).isEqualTo(1);
        assertThat(guard.check(sender, 1, now + 1_000, later)).isEqualTo(EXPIRED);
    }
}
