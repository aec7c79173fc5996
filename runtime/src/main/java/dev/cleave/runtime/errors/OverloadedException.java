package dev.cleave.runtime.errors;

/** A call was refused before it started: every event loop was busy and the queue of waiting calls was full. */
public final class OverloadedException extends CallException {
    public OverloadedException(String message) {
        super(message);
    }
}
