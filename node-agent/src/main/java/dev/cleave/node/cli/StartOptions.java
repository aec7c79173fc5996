package dev.cleave.node.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.cleave.node.config.ConfigException;

/**
 * Options of {@code start}.
 *
 * @param service       the service file
 * @param envFile       a file of NAME=value lines for {@code ${NAME}} in the service file; may be null
 * @param logLevel      debug, info, warn or error; default info
 * @param bodyLimit     the largest request body in bytes; default 204800 (Jitar's)
 * @param release       the release folder; default: the target of cleave.json/jitar.json in the working folder
 * @param loops         event loops; default one per core
 * @param callTimeout   deadline of a call; default 30 s
 * @param queueLimit    calls that may wait for a free event loop before new ones get 503; 0: the runtime's default
 */
public record StartOptions(Path service, Path envFile, String logLevel, long bodyLimit, Path release, int loops,
                           Duration callTimeout, int queueLimit) {
    public static final long DEFAULT_BODY_LIMIT = 204_800;
    private static final Set<String> LEVELS = Set.of("debug", "info", "warn", "error");

    public static final String USAGE = """
            Usage: ./cleave start --service=<file> [options]
              --service=<file>          the service file (Jitar's format) of this node
              --env-file=<file>         NAME=value lines used for ${NAME} in the service file
              --log-level=<level>       debug, info (default), warn or error
              --http-body-limit=<bytes> largest request body (default 204800)
              --release=<folder>        the built release (default: 'target' of cleave.json or jitar.json)
              --loops=<n>               event loops (default: one per core)
              --call-timeout=<ms>       deadline of a call (default 30000)
              --queue-limit=<n>         calls waiting for a free event loop before new ones get 503 (default 1000)""";

    /** With the runtime's default queue limit. */
    public StartOptions(Path service, Path envFile, String logLevel, long bodyLimit, Path release, int loops,
                        Duration callTimeout) {
        this(service, envFile, logLevel, bodyLimit, release, loops, callTimeout, 0);
    }

    public static StartOptions parse(List<String> args) {
        Path service = null;
        Path envFile = null;
        String logLevel = "info";
        long bodyLimit = DEFAULT_BODY_LIMIT;
        Path release = null;
        int loops = 0;
        int queueLimit = 0;
        Duration timeout = Duration.ofSeconds(30);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new ConfigException("unexpected argument '" + arg + "' — options look like --name=value\n" + USAGE);
            }
            String name = arg.substring(2, eq);
            String value = arg.substring(eq + 1);
            switch (name) {
                case "service" -> service = Path.of(value);
                case "env-file" -> envFile = Path.of(value);
                case "log-level" -> logLevel = level(value);
                case "http-body-limit" -> bodyLimit = positive(name, value);
                case "release" -> release = Path.of(value);
                case "loops" -> loops = (int) positive(name, value);
                case "call-timeout" -> timeout = Duration.ofMillis(positive(name, value));
                case "queue-limit" -> queueLimit = (int) Math.min(Integer.MAX_VALUE, positive(name, value));
                default -> throw new ConfigException("unknown option --" + name + "\n" + USAGE);
            }
        }
        if (service == null) {
            throw new ConfigException("--service=<file> is required\n" + USAGE);
        }
        return new StartOptions(service, envFile, logLevel, bodyLimit, release, loops, timeout, queueLimit);
    }

    private static String level(String value) {
        String level = value.toLowerCase(Locale.ROOT);
        if (!LEVELS.contains(level)) {
            throw new ConfigException("--log-level must be debug, info, warn or error, not '" + value + "'");
        }
        return level;
    }

    private static long positive(String name, String value) {
        try {
            long number = Long.parseLong(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException("--" + name + " must be a positive whole number, not '" + value + "'");
    }
}
