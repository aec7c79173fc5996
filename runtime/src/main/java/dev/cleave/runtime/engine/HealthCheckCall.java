package dev.cleave.runtime.engine;

import java.util.Map;

import org.graalvm.polyglot.Value;

import dev.cleave.runtime.errors.ModuleException;

/**
 * Runs one health check module: its default export has {@code name}, optional {@code timeout}
 * (ms) and {@code isHealthy(): Promise<boolean>}. Completes with {@code name → healthy}; a check
 * that throws, answers anything but {@code true} or takes longer than its timeout is unhealthy.
 */
public record HealthCheckCall(ModuleImporter importer, String module, long defaultTimeoutMillis)
        implements LoopCall<Map.Entry<String, Boolean>> {

    @Override
    public Value start(EventLoop loop) {
        Value check = importer.namespace(loop, module).getMember("default");
        if (check == null || !check.hasMember("isHealthy") || !check.getMember("isHealthy").canExecute()) {
            throw new ModuleException("health check module '" + module + "' must export as default an object with "
                    + "name and isHealthy()");
        }
        Value checkHealth = importer.builtin(loop, "cleave/node").getMember("checkHealth");
        return loop.intrinsics().invokeAwaited(checkHealth, check, (double) defaultTimeoutMillis);
    }

    @Override
    public Map.Entry<String, Boolean> finish(EventLoop loop, Value result) {
        Value name = importer.namespace(loop, module).getMember("default").getMember("name");
        return Map.entry(name == null || name.isNull() ? module : JsValues.text(name), result.isBoolean() && result.asBoolean());
    }
}
