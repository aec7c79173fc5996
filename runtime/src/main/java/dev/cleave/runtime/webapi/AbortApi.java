package dev.cleave.runtime.webapi;

import java.util.Map;

import org.graalvm.polyglot.Context;

import dev.cleave.runtime.engine.EventLoop;

/** {@code AbortController} and {@code AbortSignal}; pure JavaScript over EventTarget, DOMException and setTimeout. */
final class AbortApi extends ScriptedApi {
    AbortApi() {
        super("abort");
    }

    @Override
    Map<String, Object> host(Context context, EventLoop loop) {
        return Map.of();
    }
}
