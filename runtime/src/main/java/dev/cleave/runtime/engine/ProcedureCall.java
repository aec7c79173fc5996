package dev.cleave.runtime.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Value;

import dev.cleave.runtime.execution.Implementation;
import dev.cleave.runtime.execution.RpcCall;
import dev.cleave.runtime.execution.RpcOutcome;

/**
 * Runs one HTTP call of a procedure on a loop through {@code cleave/node}: decode the arguments,
 * run the server middleware, bind, call, encode. The loop's {@link NodeScope} holds what every
 * call needs (the dispatcher, the middleware, the class registry).
 *
 * @param internal a call from another node of the cluster: the server middleware does not run
 */
public record ProcedureCall(NodeScope scope, RpcCall call, boolean internal) implements LoopCall<RpcOutcome> {

    /** A call from outside, through the server middleware. */
    public ProcedureCall(NodeScope scope, RpcCall call) {
        this(scope, call, false);
    }

    @Override
    public Value start(EventLoop loop) {
        NodeScope.Loaded loaded = scope.on(loop);
        if (loop.currentCall() != null) {
            loop.currentCall().headers(call.headers());
        }
        Implementation implementation = call.implementation();
        Value function = scope.importer().function(loop, implementation.module(), implementation.export());
        Map<String, Object> procedure = new LinkedHashMap<>();
        procedure.put("call", function);
        procedure.put("parameters", loaded.parameters(loop, implementation));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("fqn", implementation.fqn());
        request.put("version", implementation.version().toString());
        request.put("headers", call.headers());
        request.put("payload", call.query() != null ? Map.of("query", pairs(call.query())) : singleBody(call.body()));
        request.put("serialized", call.serialized());
        request.put("dryRun", call.dryRun());
        request.put("internal", internal);
        return loop.intrinsics().invokeAwaited(loaded.handle(), JsValues.toJs(loop, request), JsValues.toJs(loop, procedure),
                internal ? loop.intrinsics().array().newInstance() : loaded.middleware(), loaded.registry());
    }

    @Override
    public RpcOutcome finish(EventLoop loop, Value result) {
        Map<String, String> headers = new LinkedHashMap<>();
        Value headerValues = result.getMember("headers");
        for (String name : headerValues.getMemberKeys()) {
            headers.put(name.toLowerCase(java.util.Locale.ROOT), JsValues.text(headerValues.getMember(name)));
        }
        return new RpcOutcome(result.getMember("status").asInt(), headers, result.getMember("contentType").asString(),
                result.getMember("body").asString());
    }

    private static Map<String, Object> singleBody(String body) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("body", body);
        return payload;
    }

    private static List<List<String>> pairs(List<Map.Entry<String, String>> query) {
        List<List<String>> pairs = new ArrayList<>(query.size());
        query.forEach(entry -> pairs.add(List.of(entry.getKey(), entry.getValue())));
        return pairs;
    }
}
