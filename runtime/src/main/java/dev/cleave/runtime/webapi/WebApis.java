package dev.cleave.runtime.webapi;

import java.time.Duration;
import java.util.List;

import dev.cleave.runtime.engine.ContextSetup;

/** The web-standard globals every context gets, in installation order. */
public final class WebApis {
    private WebApis() {}

    /** @param fetchTimeout how long a {@code fetch} may take before it rejects with a TimeoutError */
    public static List<ContextSetup> standard(Duration fetchTimeout) {
        return List.of(
                ScriptedApi.pure("dom-exception"), // first: the other APIs throw DOMExceptions
                new TimersApi(),
                new ConsoleApi(),
                new TextEncodingApi(),
                new Base64Api(),
                new UrlApi(), // before fetch, which resolves URLs with it
                new CryptoApi(),
                ScriptedApi.pure("structured-clone"),
                new PerformanceApi(),
                ScriptedApi.pure("event"), // before the APIs that dispatch events
                ScriptedApi.pure("abort"), // over EventTarget, DOMException and setTimeout
                new FetchApi(fetchTimeout));
    }
}
