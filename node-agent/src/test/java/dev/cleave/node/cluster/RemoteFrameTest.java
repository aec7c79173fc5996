package dev.cleave.node.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.cleave.node.execution.CallRefusal;
import dev.cleave.runtime.execution.RpcOutcome;

class RemoteFrameTest {

    @Test
    void carriesACallWithHeadersBodyAndQueryUnchanged() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("authorization", "Bearer ä€😀");
        headers.put("x-cleave-trace-id", "t-1");
        RemoteCall call = new RemoteCall(42, UUID.randomUUID(), "back/hello", "1.2.0", "1.3.0", headers,
                "{\"name\":\"bo\"}", List.of(Map.entry("a", "1"), Map.entry("a", "")), true, false, true, 4_500,
                1_765_000_000_000L);
        RemoteCall read = RemoteCall.read(call.frame());
        assertThat(read).isEqualTo(call);
        assertThat(read.headers()).containsExactlyEntriesOf(headers);
    }

    @Test
    void keepsNullBodyAndNullQueryApartFromEmptyOnes() {
        RemoteCall call = new RemoteCall(1, UUID.randomUUID(), "f", "0.0.0", "0.0.0", Map.of(), null, null, false, true, false, 1, 2);
        assertThat(RemoteCall.read(call.frame())).isEqualTo(call);
        RemoteCall empty = new RemoteCall(2, UUID.randomUUID(), "f", "0.0.0", "0.0.0", Map.of(), "", List.of(), false,
                false, false, 1, 2);
        assertThat(RemoteCall.read(empty.frame())).isEqualTo(empty);
    }

    @Test
    void carriesOutcomesRefusalsAndNotTaken() {
        RemoteReply outcome = RemoteReply.outcome(7, new RpcOutcome(200, Map.of("x-jitar-content-type", "json"),
                "application/json", "{\"a\":[1,2]}"));
        assertThat(RemoteReply.read(outcome.frame()).rpcOutcome()).isEqualTo(outcome.rpcOutcome());
        RemoteReply refusal = RemoteReply.read(RemoteReply.refusal(8, CallRefusal.notFound("Procedure 'x' not found")).frame());
        assertThat(refusal.id()).isEqualTo(8);
        assertThat(refusal.callRefusal().status()).isEqualTo(404);
        assertThat(refusal.callRefusal().errorClass()).isEqualTo("NotFound");
        assertThat(refusal.callRefusal().getMessage()).isEqualTo("Procedure 'x' not found");
        assertThat(RemoteReply.read(RemoteReply.taken(10).frame()).kind()).isEqualTo(RemoteReply.Kind.TAKEN);
        RemoteReply notTaken = RemoteReply.read(RemoteReply.notTaken(9, "stopping").frame());
        assertThat(notTaken.kind()).isEqualTo(RemoteReply.Kind.NOT_TAKEN);
        assertThat(notTaken.body()).isEqualTo("stopping");
    }
}
