package dev.cleave.runtime.webapi;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * URL text as {@link URI}, for the HTTP client, and a plain parser of absolute URLs for when no
 * {@code URL} global is installed. WHATWG URLs allow characters that {@link URI} refuses ({@code |},
 * {@code ^}, non-ASCII, ...): those are percent-encoded first.
 */
final class HttpUrls {
    private static final String REFUSED = " \"<>\\^`{|}";
    private static final String HEX = "0123456789ABCDEF";

    private HttpUrls() {}

    /** The URI of {@code text}; throws IllegalArgumentException when it cannot be one. */
    static URI toUri(String text) {
        try {
            return new URI(encodeRefused(text));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid URL: " + e.getReason(), e);
        }
    }

    /** {@code text} as a normalized absolute URL (scheme and host lower-case, no default port), or null. */
    static String resolve(String text) {
        URI uri;
        try {
            uri = toUri(text.strip()).normalize();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (uri.getScheme() == null) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String fragment = uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
        if (uri.isOpaque()) {
            return scheme + ":" + uri.getRawSchemeSpecificPart() + fragment;
        }
        boolean http = scheme.equals("http") || scheme.equals("https");
        if (uri.getHost() == null) {
            return http ? null : scheme + ":" + uri.getRawSchemeSpecificPart() + fragment;
        }
        StringBuilder url = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            url.append(uri.getRawUserInfo()).append('@');
        }
        url.append(uri.getHost().toLowerCase(Locale.ROOT));
        if (uri.getPort() >= 0 && uri.getPort() != defaultPort(scheme)) {
            url.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath();
        url.append(path == null || path.isEmpty() ? "/" : path);
        if (uri.getRawQuery() != null) {
            url.append('?').append(uri.getRawQuery());
        }
        return url.append(fragment).toString();
    }

    static URI withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? uri : URI.create(text.substring(0, hash));
    }

    static boolean isHttp(URI uri) {
        return uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
    }

    /** {@code host:port} of {@code uri}, with the scheme's port when it names none. */
    static String hostAndPort(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT));
        return uri.getHost() + ":" + port;
    }

    static boolean sameOrigin(URI a, URI b) {
        return String.valueOf(a.getScheme()).equalsIgnoreCase(String.valueOf(b.getScheme()))
                && hostAndPort(a).equalsIgnoreCase(hostAndPort(b));
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
    }

    private static String encodeRefused(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean strayPercent = c == '%' && !(i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2)));
            if (c > 0x7e || c < 0x21 || REFUSED.indexOf(c) >= 0 || strayPercent) {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
                }
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80;
    }
}
