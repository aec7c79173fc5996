package dev.cleave.segmenter.release;

/**
 * Where things live in a release, as {@code /}-separated paths relative to its root, and how one
 * file imports another.
 */
public final class ReleasePaths {
    /** The folder of a tree for generated remote modules; {@code __} keeps it apart from app folders. */
    public static final String REMOTE_FOLDER = "__remote__";
    public static final String MANIFEST = "manifest.json";

    private ReleasePaths() {}

    /** The root folder of segment {@code name}'s modules. */
    public static String segmentRoot(String name) {
        return "segments/" + name;
    }

    /** The root folder of the resource modules. */
    /** The tree of modules in no segment (middleware, health checks, setUp/tearDown). */
    public static String commonRoot() {
        return "common";
    }

    public static String resourceRoot() {
        return "resources";
    }

    /** The file of module {@code modulePath} in the tree at {@code root}. */
    public static String module(String root, String modulePath) {
        return root + "/" + modulePath + ".js";
    }

    /** The generated remote module for {@code modulePath} in the tree at {@code root}. */
    public static String remote(String root, String modulePath) {
        return root + "/" + REMOTE_FOLDER + "/" + modulePath + ".js";
    }

    /** The specifier with which file {@code from} imports file {@code to}: {@code ./x.js}, {@code ../y/z.js}. */
    public static String specifier(String from, String to) {
        String[] fromParts = from.split("/");
        String[] toParts = to.split("/");
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1 && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder path = new StringBuilder();
        for (int i = common; i < fromParts.length - 1; i++) {
            path.append("../");
        }
        if (path.isEmpty()) {
            path.append("./");
        }
        for (int i = common; i < toParts.length; i++) {
            path.append(toParts[i]);
            if (i < toParts.length - 1) {
                path.append('/');
            }
        }
        return path.toString();
    }
}
