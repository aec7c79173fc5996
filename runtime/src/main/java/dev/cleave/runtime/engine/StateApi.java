package dev.cleave.runtime.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.cleave.runtime.state.Blob;
import dev.cleave.runtime.state.DocumentStore;
import dev.cleave.runtime.state.StateBindings;
import dev.cleave.runtime.state.StateInputException;

/**
 * Installs the node's {@link StateBindings} as {@code globalThis[Symbol.for('cleave.state')]}, the
 * host object that the built-in modules {@code cleave/documents}, {@code cleave/counters},
 * {@code cleave/blobs} and {@code cleave/events} call. Input has been checked in JavaScript already; the stores check again.
 * Each operation returns a promise that rejects with {@code {badInput, message}}.
 */
public final class StateApi implements ContextSetup {
    private static final org.graalvm.polyglot.Source INSTALL = org.graalvm.polyglot.Source.newBuilder("js",
            "(state) => Object.defineProperty(globalThis, Symbol.for('cleave.state'), { value: state })",
            "cleave:state.js").buildLiteral();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StateBindings state;

    public StateApi(StateBindings state) {
        this.state = state;
    }

    @Override
    public void install(Context context, EventLoop loop) {
        Value arrayBufferType = context.getBindings("js").getMember("ArrayBuffer");
        Map<String, Object> host = new HashMap<>();
        var documents = state.documents();
        host.put("declare", (ProxyExecutable) args -> {
            int maxAge = args[2].asInt();
            documents.declare(args[0].asString(), List.of(args[1].asString().split(",", -1)).stream()
                    .filter(field -> !field.isEmpty()).toList(),
                    maxAge > 0 ? new DocumentStore.NearCache(maxAge, args[3].asInt()) : null);
            return null;
        });
        host.put("insert", async(loop, args -> documents.insert(args[0].asString(), args[1].asString(), args[2].asString())));
        host.put("get", async(loop, args -> documents.get(args[0].asString(), args[1].asString())));
        host.put("replace", async(loop, args -> documents.replace(args[0].asString(), args[1].asString(), args[2].asString())));
        host.put("update", async(loop, args -> documents.update(args[0].asString(), args[1].asString(), args[2].asString())));
        host.put("delete", async(loop, args -> documents.delete(args[0].asString(), args[1].asString())));
        host.put("query", async(loop, args -> documents.query(args[0].asString(), args[1].asString())));
        host.put("getMany", async(loop, args -> documents.getMany(args[0].asString(), strings(args[1]), strings(args[2]))));
        host.put("count", async(loop, args -> documents.count(args[0].asString(), args[1].asString()), Long::doubleValue));
        var counters = state.counters();
        host.put("counterAdd", async(loop, args -> counters.add(args[0].asString(), args[1].asLong()), Long::doubleValue));
        host.put("counterGet", async(loop, args -> counters.get(args[0].asString()), Long::doubleValue));
        host.put("counterGetMany", async(loop, args -> counters.getMany(strings(args[0])), StateApi::jsonArray));
        host.put("counterDelete", async(loop, args -> counters.delete(args[0].asString())));
        var blobs = state.blobs();
        host.put("blobLimit", (double) blobs.limit());
        host.put("blobPut", async(loop, args -> blobs.put(args[0].asString(), new Blob(args[1].asString(), JsBytes.read(args[2])))));
        host.put("blobGet", async(loop, args -> blobs.get(args[0].asString()), blob -> blob == null ? null
                : jsBlob(loop, arrayBufferType, blob)));
        host.put("blobDelete", async(loop, args -> blobs.delete(args[0].asString())));
        var events = state.events();
        host.put("subscribe", (ProxyExecutable) args -> {
            String segment = EventDelivery.loadingSegment(loop);
            if (segment != null) {
                events.subscribe(segment, args[0].asString());
            }
            return segment;
        });
        host.put("publish", async(loop, args -> events.publish(args[0].asString(), args[1].asString())));
        context.eval(INSTALL).execute(ProxyObject.fromMap(host));
    }

    /** A JSON array of strings that the built-in module wrote (and checked). */
    private static List<String> strings(Value json) {
        try {
            return List.of(JSON.readValue(json.asString(), String[].class));
        } catch (java.io.IOException e) {
            throw new StateInputException("not a JSON array of strings: " + e.getMessage());
        }
    }

    private static String jsonArray(long[] values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            json.append(i == 0 ? "" : ",").append(values[i]);
        }
        return json.append(']').toString();
    }

    private static Value jsBlob(EventLoop loop, Value arrayBufferType, Blob blob) {
        Value value = loop.intrinsics().object().newInstance();
        value.putMember("contentType", blob.contentType());
        value.putMember("buffer", JsBytes.arrayBuffer(arrayBufferType, blob.bytes()));
        return value;
    }

    private static <T> ProxyExecutable async(EventLoop loop, Function<Value[], CompletableFuture<T>> operation) {
        return async(loop, operation, result -> result);
    }

    /** A host function whose work finishes later: a promise settled on the loop. */
    private static <T> ProxyExecutable async(EventLoop loop, Function<Value[], CompletableFuture<T>> operation,
                                             Function<T, Object> toJs) {
        return args -> {
            CompletableFuture<T> work;
            try {
                work = operation.apply(args);
            } catch (RuntimeException e) {
                work = CompletableFuture.failedFuture(e);
            }
            return HostPromise.of(loop, work, toJs, error -> failure(loop, error));
        };
    }

    private static Value failure(EventLoop loop, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        Value value = loop.intrinsics().object().newInstance();
        value.putMember("badInput", cause instanceof StateInputException);
        value.putMember("message", String.valueOf(cause.getMessage()));
        return value;
    }
}
