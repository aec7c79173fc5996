package dev.cleave.runtime.errors;

/** Base of every error a call into the runtime completes with. */
public abstract sealed class CallException extends RuntimeException
        permits ScriptException, DeadlineExceededException, ModuleException, RuntimeClosedException, OverloadedException {

    protected CallException(String message) {
        super(message);
    }

    protected CallException(String message, Throwable cause) {
        super(message, cause);
    }
}
