package dev.cleave.runtime.webapi;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

/**
 * Why a fetch failed, in the terms fetch() rejects with: a network error ({@code TypeError('fetch
 * failed')} whose cause has this message and, where Node.js has one, its {@code code}), a timeout
 * ({@code DOMException TimeoutError}) or a request the HTTP client refused ({@code TypeError}).
 */
final class FetchException extends RuntimeException {

    enum Kind {
        NETWORK, TIMEOUT, TYPE;

        /** The name fetch.js expects. */
        String js() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Kind kind;
    private final String code;

    FetchException(Kind kind, String message, String code) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
    }

    Kind kind() {
        return kind;
    }

    /** A Node.js-style error code ({@code ECONNREFUSED}, ...), or {@code null}. */
    String code() {
        return code;
    }

    static FetchException network(URI uri, String reason) {
        return new FetchException(Kind.NETWORK, "request to " + uri + " failed: " + reason, null);
    }

    /** The failure of a request to {@code uri} that ended with {@code error}. */
    static FetchException of(Throwable error, URI uri, Duration timeout) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String where = HttpUrls.hostAndPort(uri);
        return switch (cause) {
            case FetchException known -> known;
            case HttpTimeoutException e -> timeout(uri, timeout);
            case TimeoutException e -> timeout(uri, timeout);
            case ConnectException e -> new FetchException(Kind.NETWORK, "connect to " + where + " failed: "
                    + describe(e, "connection refused"), "ECONNREFUSED");
            case UnresolvedAddressException e -> unknownHost(uri);
            case UnknownHostException e -> unknownHost(uri);
            case SSLException e -> new FetchException(Kind.NETWORK, "TLS with " + where + " failed: " + describe(e, "handshake failed"), null);
            case IOException e -> new FetchException(Kind.NETWORK, "request to " + where + " failed: " + describe(e, e.getClass().getSimpleName()), null);
            case IllegalArgumentException e -> new FetchException(Kind.TYPE, "fetch: the HTTP client refused the request to " + uri + ": " + e.getMessage(), null);
            default -> new FetchException(Kind.NETWORK, "request to " + where + " failed: " + cause, null);
        };
    }

    private static FetchException timeout(URI uri, Duration timeout) {
        return new FetchException(Kind.TIMEOUT, "fetch of " + uri + " got no response within " + timeout.toMillis() + " ms", null);
    }

    private static FetchException unknownHost(URI uri) {
        return new FetchException(Kind.NETWORK, "host '" + uri.getHost() + "' could not be resolved", "ENOTFOUND");
    }

    // The JDK client often throws with no message and the reason one level down.
    private static String describe(Throwable error, String fallback) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return fallback;
    }
}
