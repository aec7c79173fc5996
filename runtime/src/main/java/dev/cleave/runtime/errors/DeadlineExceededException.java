package dev.cleave.runtime.errors;

/** A call did not finish before its deadline; its JavaScript was interrupted if it was still running. */
public final class DeadlineExceededException extends CallException {
    public DeadlineExceededException(String message) {
        super(message);
    }
}
