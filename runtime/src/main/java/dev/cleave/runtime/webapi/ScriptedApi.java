package dev.cleave.runtime.webapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyObject;

import dev.cleave.runtime.engine.ContextSetup;
import dev.cleave.runtime.engine.EventLoop;

/**
 * A global written in JavaScript. The resource {@code webapi/<name>.js} is a function expression
 * {@code (function (host) { ... })} that defines globals on {@code globalThis}; it is called once
 * per context with the Java functions of {@link #host}. Sources are shared by all contexts.
 * A script may also be a helper that several APIs evaluate through {@link #script}.
 */
class ScriptedApi implements ContextSetup {
    private static final Map<String, Source> SOURCES = new ConcurrentHashMap<>();

    private final String name;

    ScriptedApi(String name) {
        this.name = name;
    }

    /** A global written in JavaScript alone, with no host functions. */
    static ScriptedApi pure(String name) {
        return new ScriptedApi(name);
    }

    /** The host functions the script receives, by name; only their own work, nothing else of Java. */
    Map<String, Object> host(Context context, EventLoop loop) {
        return Map.of();
    }

    @Override
    public final void install(Context context, EventLoop loop) {
        evaluate(context, name, host(context, loop));
    }

    /**
     * Calls the script {@code webapi/<name>.js} with {@code host} and returns what it returns; an API
     * made of several scripts uses this in {@link #host} to hand one script's internals to the next.
     */
    static Value evaluate(Context context, String name, Map<String, Object> host) {
        return script(context, name).execute(ProxyObject.fromMap(host));
    }

    /** The function expression of {@code webapi/<name>.js}, evaluated in {@code context}. */
    static Value script(Context context, String name) {
        return context.eval(SOURCES.computeIfAbsent(name, ScriptedApi::load));
    }

    private static Source load(String name) {
        String resource = "/dev/cleave/runtime/webapi/" + name + ".js";
        try (InputStream in = ScriptedApi.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("web API script " + resource + " is missing from the runtime jar");
            }
            String code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Source.newBuilder("js", code, "cleave:webapi/" + name + ".js").buildLiteral();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
