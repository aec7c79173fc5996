package dev.cleave.runtime.webapi;

import java.time.Instant;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import dev.cleave.runtime.engine.EventLoop;

/**
 * {@code performance}: GraalJS's {@code performance.now()} (option {@code js.performance}) on a
 * {@code Performance} object that adds {@code timeOrigin} and {@code toJSON()}.
 */
final class PerformanceApi extends ScriptedApi {
    PerformanceApi() {
        super("performance");
    }

    @Override
    Map<String, Object> host(Context context, EventLoop loop) {
        return Map.of("epochMillis", (ProxyExecutable) args -> {
            Instant now = Instant.now();
            return now.getEpochSecond() * 1000.0 + now.getNano() / 1e6;
        });
    }
}
