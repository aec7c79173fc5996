package dev.cleave.runtime.webapi;

import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import dev.cleave.runtime.engine.CallState;
import dev.cleave.runtime.engine.EventLoop;

/**
 * {@code console}: formats like Node.js ({@code inspect.js}, {@code format.js}) and writes each
 * message to SLF4J, to {@code cleave.app.<segment>} of the call whose code runs, or
 * {@code cleave.app} outside a segment.
 */
final class ConsoleApi extends ScriptedApi {
    ConsoleApi() {
        super("console");
    }

    @Override
    Map<String, Object> host(Context context, EventLoop loop) {
        Value inspect = script(context, "inspect").execute();
        return Map.of(
                "text", script(context, "format").execute(inspect),
                "enabled", (ProxyExecutable) args -> logger(loop).isEnabledForLevel(Level.valueOf(args[0].asString())),
                "write", (ProxyExecutable) args -> {
                    write(logger(loop), Level.valueOf(args[0].asString()), args[1].asString());
                    return null;
                },
                "now", (ProxyExecutable) args -> System.nanoTime() / 1e6);
    }

    // Looked up at each call: one context runs the calls of several segments.
    private static Logger logger(EventLoop loop) {
        return LoggerFactory.getLogger(CallState.loggerName(loop.currentCall()));
    }

    private static void write(Logger logger, Level level, String text) {
        switch (level) {
            case ERROR -> logger.error("{}", text);
            case WARN -> logger.warn("{}", text);
            case INFO -> logger.info("{}", text);
            case DEBUG -> logger.debug("{}", text);
            case TRACE -> logger.trace("{}", text);
        }
    }
}
