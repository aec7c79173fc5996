package dev.cleave.runtime.webapi;

import java.util.Map;

import org.graalvm.polyglot.Context;

import dev.cleave.runtime.engine.EventLoop;

/** {@code Event}, {@code CustomEvent} and {@code EventTarget}; pure JavaScript, installed before the APIs that dispatch events. */
final class EventApi extends ScriptedApi {
    EventApi() {
        super("event");
    }

    @Override
    Map<String, Object> host(Context context, EventLoop loop) {
        return Map.of();
    }
}
