package dev.cleave.node.cluster;

import java.util.Map;

import dev.cleave.node.execution.CallRefusal;
import dev.cleave.runtime.execution.RpcOutcome;

/**
 * The answer of a member to a {@link RemoteCall}: an outcome, a refusal, or "not taken" (the
 * member did not start the call, so the sender may try another member); and before any of them,
 * "taken" (the member has started the call: if it leaves now, the call may have run).
 *
 * @param id the number of the call it answers
 */
record RemoteReply(long id, Kind kind, int status, Map<String, String> headers, String contentType, String body,
                   String errorClass) {

    enum Kind { OUTCOME, REFUSAL, NOT_TAKEN, TAKEN }

    static RemoteReply outcome(long id, RpcOutcome outcome) {
        return new RemoteReply(id, Kind.OUTCOME, outcome.status(), outcome.headers(), outcome.contentType(), outcome.body(),
                null);
    }

    static RemoteReply refusal(long id, CallRefusal refusal) {
        return new RemoteReply(id, Kind.REFUSAL, refusal.status(), Map.of(), null, refusal.getMessage(), refusal.errorClass());
    }

    static RemoteReply taken(long id) {
        return new RemoteReply(id, Kind.TAKEN, 102, Map.of(), null, null, null);
    }

    static RemoteReply notTaken(long id, String why) {
        return new RemoteReply(id, Kind.NOT_TAKEN, 503, Map.of(), null, why, null);
    }

    byte[] frame() {
        return new Frame.Writer().number(id).number(kind.ordinal()).number(status).texts(headers).text(contentType)
                .text(body).text(errorClass).bytes();
    }

    static RemoteReply read(byte[] frame) {
        Frame.Reader in = new Frame.Reader(frame);
        return new RemoteReply(in.number(), Kind.values()[(int) in.number()], (int) in.number(), in.texts(), in.text(),
                in.text(), in.text());
    }

    RpcOutcome rpcOutcome() {
        return new RpcOutcome(status, headers, contentType, body);
    }

    CallRefusal callRefusal() {
        return CallRefusal.of(status, errorClass, body);
    }
}
