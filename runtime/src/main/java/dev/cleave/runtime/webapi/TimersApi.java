package dev.cleave.runtime.webapi;

import java.util.Arrays;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import dev.cleave.runtime.engine.EventLoop;

/** {@code setTimeout}, {@code setInterval}, their {@code clear*}, {@code queueMicrotask}, {@code reportError}. */
final class TimersApi extends ScriptedApi {
    TimersApi() {
        super("timers");
    }

    @Override
    Map<String, Object> host(Context context, EventLoop loop) {
        return Map.of(
                "setTimer", (ProxyExecutable) args -> loop.setTimer(args[0], args[1].asDouble(), args[2].asBoolean(),
                        args.length > 3 ? Arrays.copyOfRange(args, 3, args.length) : new Value[0]),
                "clearTimer", (ProxyExecutable) args -> {
                    loop.clearTimer(args[0].asInt());
                    return null;
                });
    }
}
