package dev.cleave.segmenter.release;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.cleave.segmenter.analysis.Parameter;
import dev.cleave.segmenter.config.Names;

/**
 * A stub's parameter list and the named-argument object it sends. Names are the real parameter
 * names; a rest parameter is sent as {@code '...name'}; a destructured parameter is sent as its
 * keys (an object pattern's rest element spreads its properties). A binding that would clash
 * with another, or is no identifier, gets a generated name.
 */
record StubParameters(String signature, String arguments) {
    private static final Set<String> RESERVED = Set.of("__run", "Forbidden", "arguments", "eval");

    static StubParameters of(List<Parameter> parameters) {
        Bindings used = new Bindings();
        List<String> signature = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        for (Parameter parameter : parameters) {
            switch (parameter.pattern()) {
                case NONE -> {
                    String binding = used.bind(parameter.name());
                    signature.add(parameter.rest() ? "..." + binding : binding);
                    arguments.add(entry(parameter.rest() ? "..." + parameter.name() : parameter.name(), binding));
                }
                case OBJECT -> signature.add(object(parameter, used, arguments));
                case ARRAY -> signature.add(array(parameter, used, arguments));
            }
        }
        String args = arguments.isEmpty() ? "{}" : "{ " + String.join(", ", arguments) + " }";
        return new StubParameters(String.join(", ", signature), args);
    }

    private static String object(Parameter parameter, Bindings used, List<String> arguments) {
        List<String> parts = new ArrayList<>();
        for (String key : parameter.keys()) {
            if (key.startsWith("...")) {
                String binding = used.bind(key.substring(3));
                parts.add("..." + binding);
                arguments.add("..." + binding);
            } else {
                String binding = used.bind(key);
                parts.add(binding.equals(key) ? key : propertyKey(key) + ": " + binding);
                arguments.add(entry(key, binding));
            }
        }
        return "{ " + String.join(", ", parts) + " } = {}";
    }

    private static String array(Parameter parameter, Bindings used, List<String> arguments) {
        List<String> parts = new ArrayList<>();
        for (String key : parameter.keys()) {
            if (key.isEmpty()) {
                parts.add("");
            } else if (key.startsWith("...")) {
                String binding = used.bind(key.substring(3));
                parts.add("..." + binding);
                arguments.add(entry(key, binding));
            } else {
                String binding = used.bind(key);
                parts.add(binding);
                arguments.add(entry(key, binding));
            }
        }
        return "[" + String.join(", ", parts) + "] = []";
    }

    /** The names a stub binds: real names where possible, {@code __arg1}, {@code __arg2}, ... where not. */
    private static final class Bindings {
        private final Set<String> used = new HashSet<>(RESERVED);
        private int generated;

        String bind(String name) {
            if (Names.isIdentifier(name) && used.add(name)) {
                return name;
            }
            String binding;
            do {
                binding = "__arg" + ++generated;
            } while (!used.add(binding));
            return binding;
        }
    }

    private static String entry(String key, String binding) {
        return key.equals(binding) ? key : propertyKey(key) + ": " + binding;
    }

    private static String propertyKey(String key) {
        return Names.isIdentifier(key) ? key : JsText.quote(key);
    }
}
