package dev.cleave.browser;

import java.nio.file.Path;

import dev.cleave.runtime.Invocation;
import dev.cleave.runtime.JsRuntime;
import dev.cleave.runtime.RuntimeConfig;

/**
 * Runs the test modules of {@code src/test/js/} in GraalJS. The runtime's root is {@code src}, so
 * the test modules import the client from {@code ../../main/js/} as a bundle would.
 */
final class ClientScripts {
    private ClientScripts() {}

    static JsRuntime runtime() {
        return JsRuntime.create(RuntimeConfig.of(Path.of("src")).withLoops(1));
    }

    static Object call(JsRuntime runtime, String module, String export, Object... args) {
        return runtime.invoke(Invocation.of("test/js/" + module, export, args)).join();
    }
}
