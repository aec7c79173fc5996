package dev.cleave.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/** Helpers for tests that start nodes: free ports, service files, HTTP calls. */
public final class TestNodes {
    public static final Path SHOP = Path.of("src/test/resources/releases/shop").toAbsolutePath();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private TestNodes() {}

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a service file for {@code role} (the JSON of its section) listening on {@code port}. */
    public static Path serviceFile(Path dir, int port, String extraKeys, String role, String section) {
        try {
            Path file = dir.resolve(role + "-" + port + ".json");
            Files.writeString(file, "{ \"url\": \"http://127.0.0.1:" + port + "\"" + extraKeys + ", \"" + role + "\": "
                    + section + " }");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A POST of a JSON body, as every client of {@code /rpc} sends it: {@code content-type: application/json}. */
    public static HttpResponse<String> post(int port, String fqn, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/rpc/" + fqn))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("content-type", "application/json");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public static HttpResponse<String> get(int port, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
