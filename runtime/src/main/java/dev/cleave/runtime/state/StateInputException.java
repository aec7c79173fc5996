package dev.cleave.runtime.state;

/**
 * Input a store refuses (an unknown operator, a blob over the limit, a value that is not JSON).
 * The built-in modules turn it into a {@code BadRequest}; nothing has been written when it is thrown.
 */
public final class StateInputException extends RuntimeException {
    public StateInputException(String message) {
        super(message);
    }
}
