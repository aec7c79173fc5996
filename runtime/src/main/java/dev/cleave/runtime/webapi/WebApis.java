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
                new DomExceptionApi(),
                new TimersApi(),
                new ConsoleApi(),
                new CryptoApi(),
                new StructuredCloneApi(),
                new PerformanceApi(),
                new EventApi(),
                new AbortApi(),
                new FetchApi(fetchTimeout));
    }
}
