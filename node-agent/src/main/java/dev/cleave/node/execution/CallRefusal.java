package dev.cleave.node.execution;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.cleave.runtime.execution.RpcOutcome;

/**
 * A call refused before any code ran, with the HTTP status and the error class a browser rebuilds
 * ({@code BadRequest}, {@code Unauthorized}, {@code NotFound}, ...). A 503 carries
 * {@code Retry-After: 1}.
 */
public final class CallRefusal extends RuntimeException {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String errorClass;

    private CallRefusal(int status, String errorClass, String message) {
        super(message);
        this.status = status;
        this.errorClass = errorClass;
    }

    /** A refusal that crossed the cluster, rebuilt from its parts. */
    public static CallRefusal of(int status, String errorClass, String message) {
        return new CallRefusal(status, errorClass, message);
    }

    /**
     * A call that may have started on another member and lost it (the member left or the call
     * could not be answered): 503, and the caller cannot know whether it ran.
     */
    public static CallRefusal remoteCallFailed(String message) {
        return new CallRefusal(503, "ServerError", "Remote call error: " + message);
    }

    public static CallRefusal badRequest(String message) {
        return new CallRefusal(400, "BadRequest", message);
    }

    public static CallRefusal unauthorized(String message) {
        return new CallRefusal(401, "Unauthorized", message);
    }

    public static CallRefusal forbidden(String message) {
        return new CallRefusal(403, "Forbidden", message);
    }

    public static CallRefusal notFound(String message) {
        return new CallRefusal(404, "NotFound", message);
    }

    public static CallRefusal tooLarge(String message) {
        return new CallRefusal(413, "BadRequest", message);
    }

    /** A body of a type the node does not read (415): a POST to {@code /rpc} must be {@code application/json}. */
    public static CallRefusal unsupportedType(String message) {
        return new CallRefusal(415, "BadRequest", message);
    }

    public static CallRefusal unavailable(String message) {
        return new CallRefusal(503, "ServerError", message);
    }

    public static CallRefusal timeout(String message) {
        return new CallRefusal(504, "ServerError", message);
    }

    public static CallRefusal internal(String message) {
        return new CallRefusal(500, "ServerError", message);
    }

    public int status() {
        return status;
    }

    public String errorClass() {
        return errorClass;
    }

    /**
     * This refusal as the browser expects it: its message as text, or with the serialized encoding
     * the error class it stands for, so that a NotFound is rebuilt as a NotFound.
     */
    public RpcOutcome outcome(boolean serialized) {
        if (!serialized) {
            return new RpcOutcome(status, retryAfter(), "text/plain", getMessage());
        }
        ObjectNode envelope = JSON.createObjectNode().put("serialized", true).put("name", "class")
                .put("key", "cleave:" + errorClass);
        envelope.putObject("args").put("0", getMessage());
        envelope.putObject("fields");
        return new RpcOutcome(status, retryAfter(), "application/json", envelope.toString());
    }

    /** A 503 is always for now (busy, shutting down, a member lost): the caller may try again in a second. */
    private Map<String, String> retryAfter() {
        return status == 503 ? Map.of("retry-after", "1") : Map.of();
    }
}
