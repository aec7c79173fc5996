package dev.cleave.node.http;

import java.util.List;

/**
 * What the node tells browsers: which other origins may call {@code /rpc} (CORS), and the
 * Content-Security-Policy of its assets.
 *
 * @param allowedOrigins        origins ({@code https://app.example.com}) besides the node's own whose pages may
 *                              call {@code /rpc}; default none
 * @param contentSecurityPolicy the Content-Security-Policy header of every asset; default {@link #DEFAULT_CSP}
 */
public record BrowserPolicy(List<String> allowedOrigins, String contentSecurityPolicy) {
    /** Scripts, styles and everything else from the node's own origin only; no plugins, no framing by others. */
    public static final String DEFAULT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

    public BrowserPolicy {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        contentSecurityPolicy = contentSecurityPolicy == null ? DEFAULT_CSP : contentSecurityPolicy;
    }
}
