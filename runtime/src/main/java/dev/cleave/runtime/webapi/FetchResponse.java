package dev.cleave.runtime.webapi;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The response a fetch ends with, its body read whole.
 *
 * @param status     the HTTP status
 * @param uri        the URL of the response, after redirects, without fragment
 * @param redirected whether a redirect was followed on the way
 * @param headers    name/value pairs, names lower-case; several set-cookie stay several pairs
 * @param body       the body bytes (empty when there was none)
 */
record FetchResponse(int status, URI uri, boolean redirected, List<Map.Entry<String, String>> headers, byte[] body) {

    FetchResponse {
        headers = List.copyOf(headers);
    }

    static FetchResponse of(HttpResponse<byte[]> response, boolean redirected) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) { // HTTP/2 pseudo-headers are not headers to fetch
                values.forEach(value -> headers.add(Map.entry(name.toLowerCase(Locale.ROOT), value)));
            }
        });
        byte[] body = response.body() == null ? new byte[0] : response.body();
        return new FetchResponse(response.statusCode(), HttpUrls.withoutFragment(response.uri()), redirected, headers, body);
    }

    /** Headers as one flat list: name, value, name, value, ... */
    List<String> flatHeaders() {
        List<String> flat = new ArrayList<>(headers.size() * 2);
        headers.forEach(header -> {
            flat.add(header.getKey());
            flat.add(header.getValue());
        });
        return flat;
    }
}
