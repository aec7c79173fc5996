package dev.cleave.runtime.webapi;

import java.util.List;

import dev.cleave.runtime.engine.ContextSetup;

/** The web-standard globals every context gets, in installation order. */
public final class WebApis {
    private WebApis() {}

    public static List<ContextSetup> standard() {
        return List.of(
                new DomExceptionApi(),
                new TimersApi(),
                new TextEncodingApi(),
                new Base64Api(),
                new UrlApi());
    }
}
