package dev.cleave.runtime.release;

/** A release is missing, unreadable or does not have what a node asks of it. */
public final class ReleaseException extends RuntimeException {
    public ReleaseException(String message) {
        super(message);
    }
}
