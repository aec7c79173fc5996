package dev.cleave.segmenter.plan;

/**
 * The public name of a procedure or class, by COMPATIBILITY.md §2: with {@code name} the alias
 * ({@code as}) or else the declared identifier, a module at the source root gives {@code name}, the
 * default export of {@code dir/index} gives {@code dir}, anything else {@code <module directory>/<name>}.
 */
public final class Fqn {
    private Fqn() {}

    /**
     * @param module the declaring module
     * @param export the export's name in that module
     * @param name   the alias, or else the declared identifier; may be null only where it is not needed
     * @return the FQN, or null if it needs a name and there is none
     */
    public static String of(SourceModule module, String export, String name) {
        String directory = module.directory();
        if (!directory.isEmpty() && module.baseName().equals("index") && export.equals("default")) {
            return directory;
        }
        if (name == null) {
            return null;
        }
        return directory.isEmpty() ? name : directory + "/" + name;
    }
}
