package dev.cleave.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The browser client's module files, as the browser build reads them from this jar. */
public final class BrowserClient {
    /** The module that front-end code and generated stubs import. */
    public static final String ENTRY = "index.mjs";
    /** Every module file; {@link #ENTRY} imports the others by relative path. */
    public static final List<String> FILES = List.of("index.mjs", "client.mjs", "pool.mjs", "errors.mjs", "request.mjs",
            "serializer.mjs", "decoder.mjs");

    private static final String FOLDER = "/dev/cleave/browser/";

    private BrowserClient() {}

    /** The source text of one of {@link #FILES}. */
    public static String source(String file) {
        if (!FILES.contains(file)) {
            throw new IllegalArgumentException("'" + file + "' is not a browser-client module; the modules are " + FILES);
        }
        try (InputStream in = BrowserClient.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("browser-client module " + file + " is missing from the jar; rebuild browser-client");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read browser-client module " + file, e);
        }
    }
}
