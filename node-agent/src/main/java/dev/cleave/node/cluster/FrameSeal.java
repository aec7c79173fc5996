package dev.cleave.node.cluster;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.UUID;

import javax.crypto.Mac;

/**
 * Seals the frames members send each other (calls and replies) with an HMAC-SHA256 keyed by the
 * cluster's trust key, bound to the member the frame is for: a member that joined without the key
 * (Hazelcast's open-source edition does not authenticate members) cannot put a call on an inbox or
 * a reply on a reply topic, nor move a sealed frame to another member. The key for frames is
 * derived from the trust key, so it is not the value callers send in {@code x-jitar-trust-key}.
 * A cluster without a trust key (allowed on the loopback interface only) sends frames unsealed.
 */
final class FrameSeal {
    static final int TAG_BYTES = 32;

    /** The keyed MAC to clone per frame; {@code null} when frames go unsealed. */
    private final Mac prototype;

    private FrameSeal(Mac prototype) {
        this.prototype = prototype;
    }

    /** Seals with a key derived from {@code trustKey}; {@code null}: no seal. */
    static FrameSeal of(String trustKey) {
        return new FrameSeal(trustKey == null ? null : DerivedKey.hmac(trustKey, "cleave.cluster.frame-seal.v1"));
    }

    /** {@code frame} followed by its seal for {@code recipient}. */
    byte[] seal(UUID recipient, byte[] frame) {
        if (prototype == null) {
            return frame;
        }
        byte[] sealed = Arrays.copyOf(frame, frame.length + TAG_BYTES);
        System.arraycopy(tag(recipient, frame, frame.length), 0, sealed, frame.length, TAG_BYTES);
        return sealed;
    }

    /** The frame without its seal, or {@code null} when the seal is missing or is not this cluster's for {@code self}. */
    byte[] open(UUID self, byte[] sealed) {
        if (prototype == null) {
            return sealed;
        }
        int length = sealed.length - TAG_BYTES;
        if (length < 0) {
            return null;
        }
        byte[] expected = tag(self, sealed, length);
        return MessageDigest.isEqual(expected, Arrays.copyOfRange(sealed, length, sealed.length))
                ? Arrays.copyOf(sealed, length) : null;
    }

    private byte[] tag(UUID recipient, byte[] frame, int length) {
        Mac mac = DerivedKey.copy(prototype);
        mac.update(ByteBuffer.allocate(16).putLong(recipient.getMostSignificantBits())
                .putLong(recipient.getLeastSignificantBits()).array());
        mac.update(frame, 0, length);
        return mac.doFinal();
    }
}
