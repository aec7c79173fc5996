package dev.cleave.node.config;

import java.util.Locale;

/** What a node does; named like the key of its section in the service file. */
public enum Role {
    STANDALONE, WORKER, GATEWAY, REPOSITORY, PROXY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
