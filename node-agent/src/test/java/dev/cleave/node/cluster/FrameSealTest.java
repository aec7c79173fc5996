package dev.cleave.node.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class FrameSealTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef-cluster";
    private final UUID member = UUID.randomUUID();
    private final byte[] frame = "a call frame".getBytes(StandardCharsets.UTF_8);

    @Test
    void opensWhatItSealedForTheSameMember() {
        FrameSeal seal = FrameSeal.of(KEY);
        byte[] sealed = seal.seal(member, frame);
        assertThat(sealed).hasSize(frame.length + FrameSeal.TAG_BYTES);
        assertThat(FrameSeal.of(KEY).open(member, sealed)).isEqualTo(frame);
    }

    @Test
    void refusesAFrameWithoutSealWithAnotherKeyForAnotherMemberOrChanged() {
        FrameSeal seal = FrameSeal.of(KEY);
        assertThat(seal.open(member, frame)).isNull();
        assertThat(seal.open(member, new byte[3])).isNull();
        assertThat(seal.open(member, FrameSeal.of(KEY + "x").seal(member, frame))).isNull();
        assertThat(seal.open(UUID.randomUUID(), seal.seal(member, frame))).isNull();
        byte[] changed = seal.seal(member, frame);
        changed[0] ^= 1;
        assertThat(seal.open(member, changed)).isNull();
    }

    @Test
    void leavesFramesAsTheyAreInAClusterWithoutTrustKey() {
        FrameSeal none = FrameSeal.of(null);
        assertThat(none.seal(member, frame)).isSameAs(frame);
        assertThat(none.open(member, frame)).isSameAs(frame);
    }
}
