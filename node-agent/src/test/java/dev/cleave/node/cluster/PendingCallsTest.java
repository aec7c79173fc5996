package dev.cleave.node.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;


class PendingCallsTest {
    private final PendingCalls pending = new PendingCalls();
    private final List<String> told = new ArrayList<>();

    private long open(UUID member, String name) {
        return pending.open(member, new PendingCalls.Waiting() {
            @Override
            public void reply(RemoteReply reply) {
                told.add(name + " " + reply.kind());
            }

            @Override
            public void lost() {
                told.add(name + " lost");
            }

            @Override
            public void neverTaken() {
                told.add(name + " never taken");
            }
        });
    }

    private void arrive(RemoteReply reply) {
        pending.accept(reply.frame());
    }

    @Test
    void tellsCallsOfAMemberThatLeftWhetherItHadTakenThem() {
        UUID gone = UUID.randomUUID();
        UUID staying = UUID.randomUUID();
        long started = open(gone, "started");
        open(gone, "queued");
        open(staying, "elsewhere");
        arrive(RemoteReply.taken(started));
        pending.memberLeft(gone, id -> false);
        assertThat(told).containsExactlyInAnyOrder("started lost", "queued never taken");
        assertThat(pending.size()).isEqualTo(1);
    }

    @Test
    void takesACallAsTakenWhenTheMemberRecordedItThoughItsMessageWasLost() {
        UUID gone = UUID.randomUUID();
        long recorded = open(gone, "recorded");
        open(gone, "unrecorded");
        pending.memberLeft(gone, id -> id == recorded);
        assertThat(told).as("a recorded call may have run: it is not sent to another member")
                .containsExactlyInAnyOrder("recorded lost", "unrecorded never taken");
    }

    @Test
    void handsOnTheReplyOnceAndForgetsTheCall() {
        UUID member = UUID.randomUUID();
        long id = open(member, "call");
        arrive(RemoteReply.taken(id));
        arrive(RemoteReply.notTaken(id, "stopping"));
        pending.memberLeft(member, any -> false);
        assertThat(told).containsExactly("call NOT_TAKEN");
        assertThat(pending.size()).isZero();
    }
}
