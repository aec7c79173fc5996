package dev.cleave.segmenter.analysis;

/** One name a module exports, and where its value comes from. Type-only exports are not here. */
public sealed interface ExportEntry {
    /** The exported name; {@code default} for the default export. */
    String name();

    /** Declared in this module. */
    record Local(String name, Declaration declaration) implements ExportEntry {}

    /**
     * Exported from another module: {@code export { imported as name } from 'specifier'}, or an
     * imported binding exported again.
     *
     * @param imported the name in the other module; {@code *} for its namespace object
     */
    record Reexport(String name, String specifier, String imported) implements ExportEntry {
        public static final String NAMESPACE = "*";
    }

    /** {@code export * from 'specifier'}: every named export of that module, resolved later. */
    record Star(String specifier) implements ExportEntry {
        @Override
        public String name() {
            return "*";
        }
    }
}
