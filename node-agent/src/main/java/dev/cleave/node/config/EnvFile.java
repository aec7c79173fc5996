package dev.cleave.node.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an env file: {@code NAME=value} lines, {@code #} comments, an optional {@code export }
 * prefix, and values in single quotes (taken as written) or double quotes ({@code \n}, {@code \"}
 * and {@code \\} unescaped).
 */
public final class EnvFile {
    private static final Pattern LINE = Pattern.compile("^(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*)$");

    private EnvFile() {}

    public static Map<String, String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new ConfigException("cannot read env file " + file + ": " + e.getMessage()
                    + " — check the --env-file path");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                throw new ConfigException(file + ":" + (i + 1) + ": expected NAME=value, got '" + line + "'");
            }
            values.put(matcher.group(1), value(matcher.group(2), file, i + 1));
        }
        return values;
    }

    private static String value(String raw, Path file, int line) {
        if (raw.startsWith("'") || raw.startsWith("\"")) {
            char quote = raw.charAt(0);
            int end = raw.lastIndexOf(quote);
            if (end == 0) {
                throw new ConfigException(file + ":" + line + ": the value opens a " + quote + " quote and never closes it");
            }
            String inner = raw.substring(1, end);
            return quote == '\'' ? inner : inner.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
        }
        int comment = raw.indexOf(" #");
        return (comment >= 0 ? raw.substring(0, comment) : raw).strip();
    }
}
