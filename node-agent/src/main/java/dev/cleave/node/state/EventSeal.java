package dev.cleave.node.state;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;

import dev.cleave.node.cluster.DerivedKey;

/**
 * Seals pending events with an HMAC-SHA256 keyed by the cluster's trust key, over what a handler
 * gets (id, topic, segment, the event, when it was published), so that a member that joined without
 * the key cannot put an event in {@code cleave.event.pending} for a handler to run. Without a trust
 * key (a standalone node's private member, a loopback cluster without one) events go unsealed.
 */
final class EventSeal {
    static final EventSeal NONE = new EventSeal(null);

    private final Mac prototype;

    private EventSeal(Mac prototype) {
        this.prototype = prototype;
    }

    static EventSeal of(String trustKey) {
        return trustKey == null ? NONE : new EventSeal(DerivedKey.hmac(trustKey, "cleave.state.event-seal.v1"));
    }

    /** The seal of an envelope's content, or {@code ""} when events go unsealed. */
    String seal(String id, String topic, String segment, String event, long publishedAt) {
        if (prototype == null) {
            return "";
        }
        Mac mac = DerivedKey.copy(prototype);
        for (String part : new String[] {id, topic, segment, event}) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            mac.update(bytes);
        }
        mac.update(ByteBuffer.allocate(Long.BYTES).putLong(publishedAt).array());
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** Whether the envelope carries this cluster's seal (always, when events go unsealed). */
    boolean verifies(EventEnvelope envelope) {
        if (prototype == null) {
            return true;
        }
        String expected = seal(envelope.id(), envelope.topic(), envelope.segment(), envelope.event(), envelope.publishedAt());
        String actual = envelope.seal() == null ? "" : envelope.seal();
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }
}
