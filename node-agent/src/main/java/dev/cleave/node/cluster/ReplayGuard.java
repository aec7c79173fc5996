package dev.cleave.node.cluster;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs each call frame at most once: a call is known by its sender and number, and carries the
 * time it expires (the sender's clock). A frame seen before, one already expired, or one that
 * claims to live longer than any call may is refused; numbers are forgotten once their calls have
 * expired, so what is kept is bounded by the calls of the last {@link #MAX_LIFETIME_MILLIS}.
 */
final class ReplayGuard {
    /** How far members' clocks may disagree. */
    static final long SKEW_MILLIS = 30_000;
    /** The longest a call frame may claim to live: more than any call timeout a node is given. */
    static final long MAX_LIFETIME_MILLIS = 3_600_000;
    /** Calls remembered at most; beyond it (only under a flood) new calls are not taken. */
    static final int MAX_REMEMBERED = 1_000_000;

    enum Verdict { FRESH, REPLAYED, EXPIRED, TOO_LONG, FULL }

    private record Key(UUID sender, long id) {}

    private final Map<Key, Long> seen = new ConcurrentHashMap<>();
    private volatile long nextPurge;

    /** Whether the call numbered {@code id} of {@code sender}, expiring at {@code expiresAt}, may run now. */
    Verdict check(UUID sender, long id, long expiresAt, long now) {
        if (expiresAt + SKEW_MILLIS < now) {
            return Verdict.EXPIRED;
        }
        if (expiresAt > now + MAX_LIFETIME_MILLIS + SKEW_MILLIS) {
            return Verdict.TOO_LONG;
        }
        if (now >= nextPurge) {
            purge(now);
        }
        if (seen.size() >= MAX_REMEMBERED) {
            return Verdict.FULL;
        }
        return seen.putIfAbsent(new Key(sender, id), expiresAt) == null ? Verdict.FRESH : Verdict.REPLAYED;
    }

    private void purge(long now) {
        nextPurge = now + 1_000;
        seen.values().removeIf(expiresAt -> expiresAt + SKEW_MILLIS < now);
    }

    int size() {
        return seen.size();
    }
}
