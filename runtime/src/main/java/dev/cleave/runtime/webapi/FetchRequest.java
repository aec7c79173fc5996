package dev.cleave.runtime.webapi;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request of a fetch, as Java sends it: JavaScript has validated it already.
 *
 * @param method   the method, normalized as fetch does
 * @param uri      an absolute http or https URI
 * @param headers  name/value pairs, names lower-case, in order
 * @param body     the body bytes, or {@code null} for none
 * @param redirect what to do with a redirect response
 * @param timeout  how long the whole fetch, redirects included, may take
 */
record FetchRequest(String method, URI uri, List<Map.Entry<String, String>> headers, byte[] body,
                    Redirect redirect, Duration timeout) {

    /** The request's redirect mode: follow up to 20, fail, or hand back the redirect response. */
    enum Redirect {
        FOLLOW, ERROR, MANUAL;

        static Redirect of(String mode) {
            return valueOf(mode.toUpperCase(Locale.ROOT));
        }
    }

    FetchRequest {
        if (!HttpUrls.isHttp(uri)) {
            throw new IllegalArgumentException("fetch sends only http and https requests, not " + uri);
        }
        headers = List.copyOf(headers);
    }

    FetchRequest to(String nextMethod, URI nextUri, List<Map.Entry<String, String>> nextHeaders, byte[] nextBody) {
        return new FetchRequest(nextMethod, nextUri, nextHeaders, nextBody, redirect, timeout);
    }
}
