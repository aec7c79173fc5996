package dev.cleave.node.config;

/** A service or env file is wrong; the message names the file, the key and the fix. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
