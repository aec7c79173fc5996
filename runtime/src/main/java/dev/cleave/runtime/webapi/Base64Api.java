package dev.cleave.runtime.webapi;

import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import dev.cleave.runtime.engine.EventLoop;

/** {@code atob} and {@code btoa}, forgiving-base64 as the HTML Standard defines them, over {@link ForgivingBase64}. */
final class Base64Api extends ScriptedApi {
    Base64Api() {
        super("base64");
    }

    @Override
    Map<String, Object> host(Context context, EventLoop loop) {
        return Map.of(
                "decode", (ProxyExecutable) args -> ForgivingBase64.decode(args[0].asString()),
                "encode", (ProxyExecutable) args -> ForgivingBase64.encode(args[0].asString()));
    }
}
