package dev.cleave.runtime.webapi;

import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import dev.cleave.runtime.engine.EventLoop;

/**
 * {@code URL} and {@code URLSearchParams} (WHATWG URL Standard), written in JavaScript in five
 * scripts: {@code url-percent} (percent-encoding), {@code url-host} (hosts), {@code url-parser} (the
 * state machine), {@code url-search-params} and {@code url} (the classes). Each hands its internals
 * to the next through {@link ScriptedApi#evaluate}; only domain to ASCII (IDNA) is Java.
 */
final class UrlApi extends ScriptedApi {
    UrlApi() {
        super("url");
    }

    @Override
    Map<String, Object> host(Context context, EventLoop loop) {
        Value percent = evaluate(context, "url-percent", Map.of());
        ProxyExecutable domainToAscii = args -> Idna.toAscii(args[0].asString());
        Value hosts = evaluate(context, "url-host", Map.of("percent", percent, "domainToAscii", domainToAscii));
        Value parser = evaluate(context, "url-parser", Map.of("percent", percent, "hosts", hosts));
        Value params = evaluate(context, "url-search-params", Map.of("percent", percent));
        return Map.of("percent", percent, "parser", parser, "params", params);
    }
}
