package dev.cleave.node.cluster;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The calls this member sent and waits for, by number. Replies arrive on this member's reply
 * topic; when a member leaves, every call still waiting for it is told at once: as lost when the
 * member had said "taken", else as never taken (it never reached the member, and may go to another).
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

    /** Tells every call waiting for {@code member} that it is gone. */
    void memberLeft(UUID member) {
        waiting.forEach((id, entry) -> {
            if (entry.member().equals(member) && waiting.remove(id, entry)) {
                if (entry.taken().get()) {
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
