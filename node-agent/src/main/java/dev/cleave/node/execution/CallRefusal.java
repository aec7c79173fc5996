package dev.cleave.node.execution;

/**
 * A call refused before any code ran, with the HTTP status and the error class a browser rebuilds
 * ({@code BadRequest}, {@code Unauthorized}, {@code NotFound}, ...).
 */
public final class CallRefusal extends RuntimeException {
    private final int status;
    private final String errorClass;

    private CallRefusal(int status, String errorClass, String message) {
        super(message);
        this.status = status;
        this.errorClass = errorClass;
    }

    public static CallRefusal badRequest(String message) {
        return new CallRefusal(400, "BadRequest", message);
    }

    public static CallRefusal unauthorized(String message) {
        return new CallRefusal(401, "Unauthorized", message);
    }

    public static CallRefusal notFound(String message) {
        return new CallRefusal(404, "NotFound", message);
    }

    public static CallRefusal tooLarge(String message) {
        return new CallRefusal(413, "BadRequest", message);
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
}
