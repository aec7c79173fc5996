package dev.cleave.segmenter.analysis;

import java.util.List;

/** What a module-level name is bound to, as far as segmentation cares. */
public sealed interface Declaration {
    /** The declared identifier; null for an anonymous default export. */
    String name();

    /** 1-based line and column of the declaration in the source file. */
    int line();

    int column();

    /**
     * A function: a declaration, a function expression or an arrow function.
     *
     * @param arrow     it is an arrow function ({@code const f = async () => ...})
     * @param generator it is a generator ({@code function*})
     */
    record Function(String name, boolean async, boolean arrow, boolean generator, List<Parameter> parameters,
                    int line, int column) implements Declaration {
        public Function {
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * A class.
     *
     * @param constructorParameters the names of the constructor's parameters, in order
     */
    record Class(String name, List<String> constructorParameters, int line, int column) implements Declaration {
        public Class {
            constructorParameters = List.copyOf(constructorParameters);
        }
    }

    /** Anything else: a constant, a variable, an enum, an expression. */
    record Value(String name, int line, int column) implements Declaration {}
}
