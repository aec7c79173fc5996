package dev.cleave.runtime.errors;

/** A module could not be found, read or linked, or does not export what was asked for. */
public final class ModuleException extends CallException {
    public ModuleException(String message) {
        super(message);
    }

    public ModuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
