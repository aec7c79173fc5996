package dev.cleave.runtime.errors;

/**
 * Application JavaScript threw (or rejected with) a value. {@link #name()} is the error's class
 * name ({@code TypeError}, {@code NotFound}, ...), {@link #jsStack()} its JavaScript stack, which
 * stays inside the node.
 */
public final class ScriptException extends CallException {
    private final String name;
    private final String jsStack;

    public ScriptException(String name, String message, String jsStack) {
        super(message);
        this.name = name;
        this.jsStack = jsStack;
    }

    public String name() {
        return name;
    }

    public String jsStack() {
        return jsStack;
    }

    @Override
    public String toString() {
        return name + ": " + getMessage();
    }
}
