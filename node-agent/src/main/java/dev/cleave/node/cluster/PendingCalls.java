package dev.cleave.node.cluster;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;

/**
 * The calls this member sent and waits for, by number. Replies arrive on this member's reply
 * topic; when a member leaves, every call still waiting for it is told at once: as lost when the
 * member had taken it, else as never taken (it never reached the member, and may go to another).
 * "Taken" is known from the member's message, or else from its record in the cluster
 * ({@link #memberLeft}): the message can be lost with the member, the record cannot.
 */
final class PendingCalls {
    /** What the sender does with the reply to one call, or with its loss. */
    interface Waiting {
        void reply(RemoteReply reply);

        /** The member left after it took the call and before it answered; the call may have run. */
        void lost();

        /** The member left before it took the call; the call did not run there. */
        void neverTaken();
    }

    private record Entry(UUID member, Waiting waiting, AtomicBoolean taken) {}

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Entry> waiting = new ConcurrentHashMap<>();

    /** Registers a call to {@code member}; the number it gets goes into the call. */
    long open(UUID member, Waiting call) {
        long id = ids.incrementAndGet();
        waiting.put(id, new Entry(member, call, new AtomicBoolean()));
        return id;
    }

    /** Forgets a call that ended otherwise (its deadline passed, or it could not be sent). */
    void close(long id) {
        waiting.remove(id);
    }

    /** Takes a reply frame, whose seal has been checked. */
    void accept(byte[] frame) {
        RemoteReply reply = RemoteReply.read(frame);
        if (reply.kind() == RemoteReply.Kind.TAKEN) {
            Entry entry = waiting.get(reply.id());
            if (entry != null) {
                entry.taken().set(true);
            }
            return;
        }
        Entry entry = waiting.remove(reply.id());
        if (entry != null) {
            entry.waiting().reply(reply);
        }
    }

    /**
     * Tells every call waiting for {@code member} that it is gone. {@code recorded} says whether the
     * member recorded in the cluster that it took call {@code id} (it records that before it runs a
     * call); it may block.
     */
    void memberLeft(UUID member, LongPredicate recorded) {
        waiting.forEach((id, entry) -> {
            if (entry.member().equals(member) && waiting.remove(id, entry)) {
                if (entry.taken().get() || recorded.test(id)) {
                    entry.waiting().lost();
                } else {
                    entry.waiting().neverTaken();
                }
            }
        });
    }

    int size() {
        return waiting.size();
    }
}
