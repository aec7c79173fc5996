package dev.cleave.runtime.webapi;

import java.util.Map;

import org.graalvm.polyglot.Context;

import dev.cleave.runtime.engine.EventLoop;

/** {@code DOMException}, which the other web APIs throw; installed first. */
final class DomExceptionApi extends ScriptedApi {
    DomExceptionApi() {
        super("dom-exception");
    }

    @Override
    Map<String, Object> host(Context context, EventLoop loop) {
        return Map.of();
    }
}
