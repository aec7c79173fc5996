package dev.cleave.segmenter.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns esbuild's error report into build problems. esbuild prints each error as
 * {@code ✘ [ERROR] <what>}, a blank line, then {@code <file>:<line>:<column>:} and the code line
 * with a marker; this keeps the place, the text, the code line, and adds the fix.
 */
final class EsbuildErrors {
    private static final Pattern ERROR = Pattern.compile("^\\S*\\s*\\[ERROR]\\s+(.*)$");
    private static final Pattern OTHER = Pattern.compile("^\\S*\\s*\\[(WARNING|INFO|DEBUG)]");
    private static final Pattern PLACE = Pattern.compile("^\\s+(\\S.*?):(\\d+):(\\d+):\\s*$");
    private static final Pattern CODE = Pattern.compile("^\\s+\\d+\\s+│\\s?(.*)$");
    private static final Pattern UNRESOLVED = Pattern.compile("Could not resolve \"(.*)\"");

    private EsbuildErrors() {}

    static List<String> problems(String output, int exitCode) {
        List<String> problems = new ArrayList<>();
        String[] lines = output.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher error = ERROR.matcher(lines[i]);
            if (!error.find()) {
                continue;
            }
            String what = error.group(1).trim();
            String place = null;
            String code = null;
            StringBuilder block = new StringBuilder();
            for (int j = i + 1; j < lines.length && !ERROR.matcher(lines[j]).find() && !OTHER.matcher(lines[j]).find(); j++) {
                block.append(lines[j]).append('\n');
                Matcher at = PLACE.matcher(lines[j]);
                Matcher line = CODE.matcher(lines[j]);
                if (place == null && at.find()) {
                    place = at.group(1) + ":" + at.group(2) + ":" + at.group(3);
                } else if (place != null && code == null && line.find()) {
                    code = line.group(1);
                }
            }
            problems.add((place == null ? "" : place + ": ") + what + " — " + fix(what, block.toString())
                    + (code == null ? "" : "\n    " + code.strip()));
        }
        if (problems.isEmpty()) {
            problems.add("esbuild failed (exit code " + exitCode + ") while making the browser bundle:\n" + output.strip());
        }
        return problems;
    }

    private static String fix(String what, String details) {
        Matcher unresolved = UNRESOLVED.matcher(what);
        if (unresolved.find()) {
            String specifier = unresolved.group(1);
            if (details.contains("is built into node")) {
                return "'" + specifier + "' is a Node.js module, which browsers do not have: keep that code on the server"
                        + " (in a procedure) and import the procedure";
            }
            if (specifier.startsWith("cleave/") || specifier.startsWith("jitar/")) {
                return "the browser has only 'cleave' and 'jitar' (the browser client) and 'cleave/remote'; '" + specifier
                        + "' is for code on the server: import it from a procedure";
            }
            return specifier.startsWith(".") || specifier.startsWith("/")
                    ? "fix the import path or add the module"
                    : "install the package into the project (npm install " + packageName(specifier) + ") or fix the import";
        }
        return "fix the code there";
    }

    private static String packageName(String specifier) {
        String[] parts = specifier.split("/");
        return specifier.startsWith("@") && parts.length > 1 ? parts[0] + "/" + parts[1] : parts[0];
    }
}
