package dev.cleave.runtime.webapi;

import java.util.Map;

import org.graalvm.polyglot.Context;

import dev.cleave.runtime.engine.EventLoop;

/** {@code structuredClone}, all in JavaScript; it throws {@code DOMException}s named DataCloneError. */
final class StructuredCloneApi extends ScriptedApi {
    StructuredCloneApi() {
        super("structured-clone");
    }

    @Override
    Map<String, Object> host(Context context, EventLoop loop) {
        return Map.of();
    }
}
