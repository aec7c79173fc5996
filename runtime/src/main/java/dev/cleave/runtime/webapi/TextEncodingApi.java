package dev.cleave.runtime.webapi;

import java.util.Map;

import org.graalvm.polyglot.Context;

import dev.cleave.runtime.engine.EventLoop;

/** {@code TextEncoder} and {@code TextDecoder}: GraalJS's built-ins, with the fixes of {@code text-encoding.js}. */
final class TextEncodingApi extends ScriptedApi {
    TextEncodingApi() {
        super("text-encoding");
    }

    @Override
    Map<String, Object> host(Context context, EventLoop loop) {
        return Map.of();
    }
}
