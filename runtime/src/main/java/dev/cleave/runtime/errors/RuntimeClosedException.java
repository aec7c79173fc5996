package dev.cleave.runtime.errors;

/** The runtime was closed before the call could finish. */
public final class RuntimeClosedException extends CallException {
    public RuntimeClosedException(String message) {
        super(message);
    }
}
