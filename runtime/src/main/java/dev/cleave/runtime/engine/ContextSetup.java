package dev.cleave.runtime.engine;

import org.graalvm.polyglot.Context;

/** Installs something into every new context (a web-standard global, say), on the loop thread. */
@FunctionalInterface
public interface ContextSetup {
    void install(Context context, EventLoop loop);
}
