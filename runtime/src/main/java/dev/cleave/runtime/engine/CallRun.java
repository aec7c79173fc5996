package dev.cleave.runtime.engine;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import dev.cleave.runtime.errors.DeadlineExceededException;

/**
 * One call on its loop: starts it in a turn, awaits a returned promise without blocking the loop,
 * and settles the call's state with the result or the error. Runs on the loop thread only.
 */
final class CallRun<T> {
    private final EventLoop loop;
    private final CallState state;
    private final LoopCall<T> call;

    CallRun(EventLoop loop, CallState state, LoopCall<T> call) {
        this.loop = loop;
        this.state = state;
        this.call = call;
    }

    /** The error of a call whose JavaScript was interrupted at its deadline. */
    static DeadlineExceededException interrupted() {
        return new DeadlineExceededException("the call was interrupted at its deadline");
    }

    void begin() {
        if (state.done()) {
            return;
        }
        Value outcome;
        try {
            outcome = call.start(loop);
        } catch (PolyglotException e) {
            fail(e);
            return;
        } catch (RuntimeException e) {
            state.fail(e);
            return;
        }
        settle(outcome);
    }

    private void settle(Value outcome) {
        if (!JsValues.isThenable(outcome)) {
            complete(outcome);
            return;
        }
        ProxyExecutable onValue = args -> {
            complete(args.length > 0 ? args[0] : null);
            return null;
        };
        ProxyExecutable onError = args -> {
            if (!state.done()) {
                state.fail(call.failure(loop, args.length > 0 ? args[0] : loop.context().asValue(null)));
            }
            return null;
        };
        outcome.invokeMember("then", onValue, onError);
    }

    private void complete(Value value) {
        if (state.done()) {
            return;
        }
        try {
            state.complete(call.finish(loop, value));
        } catch (PolyglotException e) {
            fail(e);
        } catch (RuntimeException e) {
            state.fail(e);
        }
    }

    private void fail(PolyglotException e) {
        state.fail(e.isInterrupted() || e.isCancelled() ? interrupted() : call.failure(loop, e));
    }
}
