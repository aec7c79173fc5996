package dev.cleave.node.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import dev.cleave.node.NodeAgent;
import dev.cleave.node.config.ConfigException;
import dev.cleave.runtime.release.ReleaseException;

/** {@code ./cleave start ...}: starts one node and runs until SIGTERM or SIGINT. */
public final class Main {
    private Main() {}

    private static void setLogLevel(String level) {
        var root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.toLevel(level));
        }
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println(StartOptions.USAGE);
            System.exit(0);
        }
        if (arguments.isEmpty() || !arguments.getFirst().equals("start")) {
            System.err.println(StartOptions.USAGE);
            System.exit(2);
        }
        StartOptions options;
        try {
            options = StartOptions.parse(arguments.subList(1, arguments.size()));
        } catch (ConfigException e) {
            System.err.println("cleave: " + e.getMessage());
            System.exit(2);
            return;
        }
        setLogLevel(options.logLevel());
        try {
            Path release = options.release() != null ? options.release() : ProjectTarget.find(Path.of(""));
            NodeAgent.start(options, release, true).awaitStop();
            System.exit(0);
        } catch (ConfigException | ReleaseException e) {
            System.err.println("cleave: " + e.getMessage());
            System.exit(1);
        }
    }
}
