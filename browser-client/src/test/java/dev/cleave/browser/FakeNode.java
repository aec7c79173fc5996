package dev.cleave.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on 127.0.0.1 that answers {@code POST /rpc/<fqn>} the way a Cleave node does
 * (docs/node.md): statuses, {@code x-jitar-content-type}, and with the serialized encoding JSON
 * bodies and error envelopes keyed {@code cleave:<Name>}.
 */
final class FakeNode implements AutoCloseable {
    static final Map<String, Integer> JITAR_STATUSES = Map.of("BadRequest", 400, "Unauthorized", 401,
            "PaymentRequired", 402, "Forbidden", 403, "NotFound", 404, "Teapot", 418, "TooManyRequests", 429, "NotImplemented", 501,
            "ServerError", 500);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpServer server;
    private final Object holdLock = new Object();
    private final int holdTogether;
    private int held;
    private int arrived;
    private int mostHeld;

    /**
     * {@code holdTogether}: a pool/hold call is answered once this many are in the node, or all of
     * its batch have arrived (or after 10 s, so a broken client fails the test instead of hanging).
     */
    FakeNode(int holdTogether) {
        this.holdTogether = holdTogether;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/rpc/", this::rpc);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The most pool/hold calls the node had at the same time. */
    int mostHeld() {
        synchronized (holdLock) {
            return mostHeld;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void rpc(HttpExchange ex) throws IOException {
        try (ex) {
            String fqn = ex.getRequestURI().getPath().substring("/rpc/".length());
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode args = body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
            switch (fqn) {
                case "inspect/request" -> json(ex, 200, "application/json", inspect(ex, body).toString());
                case "echo/value" -> json(ex, 200, "application/json", args.get("value").toString());
                case "stock/fail" -> fail(ex, args.path("kind").asText());
                case "account/secret" -> secret(ex);
                case "pool/hold" -> hold(ex, args.path("i").asInt(), args.path("of").asInt());
                case "raw/answer" -> json(ex, args.path("status").asInt(), "application/json", args.path("text").asText());
                default -> {
                    if (fqn.startsWith("plain/")) {
                        plain(ex, fqn.substring("plain/".length()));
                    } else {
                        json(ex, 404, "application/json", envelope("NotFound", "Procedure '" + fqn + "' is not found"));
                    }
                }
            }
        }
    }

    private static ObjectNode inspect(HttpExchange ex, String body) {
        ObjectNode seen = JSON.createObjectNode();
        seen.put("method", ex.getRequestMethod());
        seen.put("path", ex.getRequestURI().getPath());
        seen.put("version", ex.getRequestHeaders().getFirst("x-jitar-procedure-version"));
        seen.put("encoding", ex.getRequestHeaders().getFirst("x-jitar-data-encoding"));
        seen.put("contentType", ex.getRequestHeaders().getFirst("content-type"));
        seen.put("trace", ex.getRequestHeaders().getFirst("x-trace"));
        seen.put("body", body);
        return seen;
    }

    private static void fail(HttpExchange ex, String kind) throws IOException {
        if (JITAR_STATUSES.containsKey(kind)) {
            json(ex, JITAR_STATUSES.get(kind), "application/json", envelope(kind, "failed with " + kind));
            return;
        }
        switch (kind) {
            case "OutOfStock" -> json(ex, 400, "application/json",
                    "{\"serialized\":true,\"name\":\"class\",\"key\":\"stock/OutOfStock\",\"args\":{\"0\":\"apples\"},\"fields\":{}}");
            case "TypeError" -> json(ex, 500, "application/json",
                    "{\"serialized\":true,\"name\":\"Error\",\"type\":\"TypeError\",\"message\":\"not a function\"}");
            case "ShuttingDown" -> json(ex, 503, "application/json", envelope("ServerError", "The node is shutting down"));
            case "Gateway" -> send(ex, 502, "text/plain; charset=utf-8", null, "Bad gateway");
            default -> send(ex, 500, "application/json", "application/undefined", "");
        }
    }

    private static void secret(HttpExchange ex) throws IOException {
        if ("Bearer fresh".equals(ex.getRequestHeaders().getFirst("authorization"))) {
            json(ex, 200, "text/plain", "\"s3cret\"");
        } else {
            json(ex, 401, "application/json", envelope("Unauthorized", "token expired"));
        }
    }

    private void hold(HttpExchange ex, int i, int batch) throws IOException {
        synchronized (holdLock) {
            held++;
            arrived++;
            mostHeld = Math.max(mostHeld, held);
            holdLock.notifyAll();
            long deadline = System.nanoTime() + 10_000_000_000L;
            try {
                while (held < holdTogether && arrived < batch && System.nanoTime() < deadline) {
                    holdLock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // Counted out before answering: the client may send its next call as soon as it has the answer.
            held--;
        }
        json(ex, 200, "application/number", Integer.toString(i));
    }

    private static void plain(HttpExchange ex, String kind) throws IOException {
        switch (kind) {
            case "number" -> send(ex, 200, "text/plain; charset=utf-8", "application/number", "42.5");
            case "boolean" -> send(ex, 200, "text/plain; charset=utf-8", "application/boolean", "true");
            case "null" -> send(ex, 200, "text/plain; charset=utf-8", "application/null", "null");
            case "undefined" -> send(ex, 200, "text/plain; charset=utf-8", "application/undefined", "");
            case "text" -> send(ex, 200, "text/plain; charset=utf-8", "text/plain", "hello");
            default -> send(ex, 200, "application/json; charset=utf-8", "application/json", "{\"a\":[1]}");
        }
    }

    private static String envelope(String errorClass, String message) {
        ObjectNode envelope = JSON.createObjectNode().put("serialized", true).put("name", "class").put("key", "cleave:" + errorClass);
        envelope.putObject("args").put("0", message);
        envelope.putObject("fields");
        return envelope.toString();
    }

    /** A serialized answer: the body is always JSON, the logical type in x-jitar-content-type. */
    private static void json(HttpExchange ex, int status, String logicalType, String body) throws IOException {
        send(ex, status, "application/json; charset=utf-8", logicalType, body);
    }

    private static void send(HttpExchange ex, int status, String contentType, String logicalType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("content-type", contentType);
        if (logicalType != null) {
            ex.getResponseHeaders().set("x-jitar-content-type", logicalType);
        }
        ex.getResponseHeaders().set("x-content-type-options", "nosniff");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
    }
}
