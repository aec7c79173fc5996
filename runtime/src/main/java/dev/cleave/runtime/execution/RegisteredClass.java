package dev.cleave.runtime.execution;

import java.util.List;

/**
 * A class whose instances may cross the wire.
 *
 * @param key        its key on the wire (the class's FQN)
 * @param module     module path relative to the release root
 * @param export     the module's export that is the class
 * @param parameters the names of its constructor parameters, in order
 */
public record RegisteredClass(String key, String module, String export, List<String> parameters) {
    public RegisteredClass {
        parameters = List.copyOf(parameters);
    }
}
