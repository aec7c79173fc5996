package dev.cleave.runtime.webapi;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import dev.cleave.runtime.Invocation;
import dev.cleave.runtime.JsRuntime;
import dev.cleave.runtime.RuntimeConfig;
import dev.cleave.runtime.TestApps;

/**
 * Base of the web API tests: one runtime over {@code apps/webapi}, whose modules exercise a
 * global and return what they saw as plain data.
 */
abstract class WebApiTestSupport {
    static JsRuntime runtime;

    @BeforeAll
    static void startRuntime() {
        runtime = JsRuntime.create(RuntimeConfig.of(TestApps.path("webapi")).withLoops(1));
    }

    @AfterAll
    static void stopRuntime() {
        runtime.close();
    }

    static Object call(String module, String export, Object... args) {
        return runtime.invoke(Invocation.of(module, export, args)).join();
    }
}
