package dev.cleave.runtime.engine;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * Work for an event loop. {@link #start} runs on the loop thread and returns a value or a promise;
 * when that settles, {@link #finish} or {@link #failure} turns it into the Java outcome, still on
 * the loop thread (polyglot values must not leave it).
 *
 * @param <T> the Java result
 */
public interface LoopCall<T> {

    /** Starts the work; a returned promise (any thenable) is awaited without blocking the loop. */
    Value start(EventLoop loop);

    /** Converts the settled value into the call's result. */
    T finish(EventLoop loop, Value result);

    /** Converts a thrown or rejected value into the call's error. */
    default RuntimeException failure(EventLoop loop, Value error) {
        return JsValues.toException(error);
    }

    /** Converts an exception thrown by GraalJS while starting. */
    default RuntimeException failure(EventLoop loop, PolyglotException error) {
        return JsValues.toException(error);
    }
}
