package dev.cleave.runtime.webapi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import dev.cleave.runtime.engine.CallState;
import dev.cleave.runtime.engine.ContextSetup;
import dev.cleave.runtime.engine.EventLoop;
import dev.cleave.runtime.engine.JsBytes;
import dev.cleave.runtime.engine.JsValues;

/**
 * {@code fetch}, {@code Request}, {@code Response} and {@code Headers}. Five scripts, installed in
 * order, share one mutable host object per context, on which each leaves what the next ones need
 * ({@code host.headers}, {@code host.body}, ...). HTTP goes through {@link FetchExchange}; the
 * response comes back whole and is handed to JavaScript on the loop that asked, charged to the call
 * that asked.
 */
final class FetchApi implements ContextSetup {
    private static final List<String> SCRIPTS = List.of("fetch-body", "fetch-headers", "fetch-request", "fetch-response", "fetch");

    private final Duration timeout;

    FetchApi(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the fetch timeout must be positive, was " + timeout);
        }
        this.timeout = timeout;
    }

    @Override
    public void install(Context context, EventLoop loop) {
        Value arrayBufferType = context.getBindings("js").getMember("ArrayBuffer"); // before application code can replace it
        Map<String, Object> host = new HashMap<>();
        host.put("resolveUrl", (ProxyExecutable) args -> HttpUrls.resolve(args[0].asString()));
        host.put("send", (ProxyExecutable) args -> send(loop, arrayBufferType, args));
        for (String script : SCRIPTS) {
            new Script(script, host).install(context, loop);
        }
    }

    /** send(method, url, flatHeaders, bodyBuffer | null, redirect, onResponse, onError) -> cancel(). */
    private Object send(EventLoop loop, Value arrayBufferType, Value[] args) {
        CallState owner = loop.currentCall();
        Value onResponse = args[5];
        Value onError = args[6];
        FetchRequest request;
        try {
            request = new FetchRequest(args[0].asString(), HttpUrls.toUri(args[1].asString()), headers(args[2]),
                    args[3].isNull() ? null : JsBytes.read(args[3]), FetchRequest.Redirect.of(args[4].asString()), timeout);
        } catch (IllegalArgumentException e) {
            loop.post(owner, () -> onError.execute(FetchException.Kind.TYPE.js(), "fetch: " + e.getMessage(), null));
            return (ProxyExecutable) ignored -> null;
        }
        FetchExchange exchange = FetchExchange.start(request);
        exchange.result().whenComplete((response, error) -> {
            if (error instanceof CancellationException) {
                return; // aborted: JavaScript has rejected already
            }
            loop.post(owner, () -> {
                if (error == null) {
                    onResponse.execute(response.status(), response.uri().toString(), response.redirected(),
                            JsValues.toJs(loop, response.flatHeaders()), JsBytes.arrayBuffer(arrayBufferType, response.body()));
                } else {
                    FetchException failure = FetchException.of(error, request.uri(), timeout);
                    onError.execute(failure.kind().js(), failure.getMessage(), failure.code());
                }
            });
        });
        return (ProxyExecutable) ignored -> {
            exchange.cancel();
            return null;
        };
    }

    private static List<Map.Entry<String, String>> headers(Value flat) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (long i = 0; i + 1 < flat.getArraySize(); i += 2) {
            headers.add(Map.entry(flat.getArrayElement(i).asString(), flat.getArrayElement(i + 1).asString()));
        }
        return headers;
    }

    /** One of the fetch scripts; the scripts of a context all get the same host map. */
    private static final class Script extends ScriptedApi {
        private final Map<String, Object> host;

        Script(String name, Map<String, Object> host) {
            super(name);
            this.host = host;
        }

        @Override
        Map<String, Object> host(Context context, EventLoop loop) {
            return host;
        }
    }
}
