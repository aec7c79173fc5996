package dev.cleave.node.cluster;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import dev.cleave.node.execution.CallRefusal;
import dev.cleave.runtime.execution.RpcOutcome;

/**
 * The answer of a member to a {@link RemoteCall}: an outcome, a refusal, or "not taken" (the
 * member did not start the call, so the sender may try another member).
 */
record RemoteReply(Kind kind, int status, Map<String, String> headers, String contentType, String body, String errorClass)
        implements Serializable {

    enum Kind { OUTCOME, REFUSAL, NOT_TAKEN }

    static RemoteReply outcome(RpcOutcome outcome) {
        return new RemoteReply(Kind.OUTCOME, outcome.status(), new HashMap<>(outcome.headers()), outcome.contentType(),
                outcome.body(), null);
    }

    static RemoteReply refusal(CallRefusal refusal) {
        return new RemoteReply(Kind.REFUSAL, refusal.status(), Map.of(), null, refusal.getMessage(), refusal.errorClass());
    }

    static RemoteReply notTaken(String why) {
        return new RemoteReply(Kind.NOT_TAKEN, 503, Map.of(), null, why, null);
    }

    RpcOutcome rpcOutcome() {
        return new RpcOutcome(status, headers, contentType, body);
    }

    CallRefusal callRefusal() {
        return CallRefusal.of(status, errorClass, body);
    }
}
