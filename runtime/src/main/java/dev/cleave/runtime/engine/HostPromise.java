package dev.cleave.runtime.engine;

import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * A JavaScript promise settled by Java work that finishes on another thread. The settlement is
 * posted back to the loop that created the promise, charged to the call that was running then.
 */
public final class HostPromise {
    private static final org.graalvm.polyglot.Source EXECUTOR = org.graalvm.polyglot.Source.newBuilder("js",
            "(function newPromise(executor) { return new Promise(executor); })", "cleave:promise.js").buildLiteral();

    private HostPromise() {}

    /**
     * A promise that resolves with {@code toJs} of the stage's result, or rejects with {@code
     * toError} of its failure. Call on the loop thread; the converters run there too.
     */
    public static <T> Value of(EventLoop loop, CompletionStage<T> stage, Function<T, Object> toJs,
                               Function<Throwable, Object> toError) {
        CallState owner = loop.currentCall();
        Value newPromise = (Value) loop.locals().computeIfAbsent(EXECUTOR, source -> loop.context().eval(EXECUTOR));
        return newPromise.execute((ProxyExecutable) executor -> {
            Value resolve = executor[0];
            Value reject = executor[1];
            stage.whenComplete((result, error) -> loop.post(owner, () -> {
                if (error == null) {
                    resolve.execute(toJs.apply(result));
                } else {
                    reject.execute(toError.apply(error));
                }
            }));
            return null;
        });
    }
}
