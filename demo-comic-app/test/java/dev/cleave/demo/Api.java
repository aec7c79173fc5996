package dev.cleave.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls the demo's procedures over a node's HTTP API as the browser would: POST /rpc/domain/..., with a bearer token. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    Api(int port) {
        this.port = port;
    }

    /** The answer of a call: its status, and its body as JSON when it is JSON, else as text. */
    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        boolean ok() {
            return status == 200;
        }
    }

    /** Runs procedure {@code domain/<path>} with named arguments, as the holder of {@code token} (or nobody). */
    Answer call(String token, String path, Map<String, ?> args) {
        return call(token, path, args, false);
    }

    /**
     * The same; {@code serialized} sends the wire format of COMPATIBILITY.md §5 (as the browser
     * client does), which typed arrays need; error answers are then the serialized error.
     */
    Answer call(String token, String path, Map<String, ?> args, boolean serialized) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/rpc/domain/" + path))
                    .timeout(Duration.ofSeconds(60)).header("content-type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(args)));
            if (serialized) {
                request.header("x-jitar-data-encoding", "serialized");
            }
            if (token != null) {
                request.header("authorization", "Bearer " + token);
            }
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same, failing the test unless the answer is 200; the result as JSON. */
    JsonNode ok(String token, String path, Map<String, ?> args) {
        Answer answer = call(token, path, args);
        if (!answer.ok()) {
            throw new AssertionError(path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }
}
