package dev.cleave.node.cluster;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.hazelcast.topic.Message;
import com.hazelcast.topic.MessageListener;

/**
 * The calls this member sent and waits for, by number. Replies arrive on this member's reply
 * topic; when a member leaves, every call still waiting for it is told at once.
 */
final class PendingCalls implements MessageListener<byte[]> {
    /** What the sender does with the reply to one call, or with its loss. */
    interface Waiting {
        void reply(RemoteReply reply);

        /** The member left before it answered; the call may have run. */
        void lost();
    }

    private record Entry(UUID member, Waiting waiting) {}

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Entry> waiting = new ConcurrentHashMap<>();

    /** Registers a call to {@code member}; the number it gets goes into the call. */
    long open(UUID member, Waiting call) {
        long id = ids.incrementAndGet();
        waiting.put(id, new Entry(member, call));
        return id;
    }

    /** Forgets a call that ended otherwise (its deadline passed, or it could not be sent). */
    void close(long id) {
        waiting.remove(id);
    }

    @Override
    public void onMessage(Message<byte[]> message) {
        RemoteReply reply = RemoteReply.read(message.getMessageObject());
        Entry entry = waiting.remove(reply.id());
        if (entry != null) {
            entry.waiting().reply(reply);
        }
    }

    /** Tells every call waiting for {@code member} that it is gone. */
    void memberLeft(UUID member) {
        waiting.forEach((id, entry) -> {
            if (entry.member().equals(member) && waiting.remove(id, entry)) {
                entry.waiting().lost();
            }
        });
    }

    int size() {
        return waiting.size();
    }
}
