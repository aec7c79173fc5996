// AbortController and AbortSignal (DOM Standard), over the EventTarget and DOMException of this runtime.
(function (host) {
    'use strict';

    const CONSTRUCTING = Symbol('AbortSignal'); // only this script may create signals
    // Taken now: application code may replace them.
    const { addEventListener, removeEventListener, dispatchEvent } = EventTarget.prototype;
    let signalAbort; // (signal, reason) -> void, defined inside AbortSignal to reach its private state

    function define(name, value) {
        Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
    }

    function tag(type, name) {
        Object.defineProperty(type.prototype, Symbol.toStringTag, { value: name, configurable: true });
    }

    function milliseconds(value) {
        const ms = Number(value);
        if (!Number.isFinite(ms) || ms < 0 || ms > Number.MAX_SAFE_INTEGER) {
            throw new TypeError(`AbortSignal.timeout: the delay must be a non-negative number of milliseconds, got ${String(value)}`);
        }
        return Math.trunc(ms);
    }

    class AbortSignal extends EventTarget {
        #aborted = false;
        #reason = undefined;
        #handler = null;
        #handlerListener = null;
        #sources = null; // signals this one follows, when made by AbortSignal.any
        #dependents = new Set(); // WeakRefs of signals that follow this one: they must not live as long as it
        #sweepAt = 64;

        constructor(key = undefined) {
            if (key !== CONSTRUCTING) throw new TypeError('Illegal constructor: use new AbortController().signal or AbortSignal.abort()');
            super();
        }

        get aborted() { return this.#aborted; }
        get reason() { return this.#reason; }

        throwIfAborted() {
            if (this.#aborted) throw this.#reason;
        }

        get onabort() { return this.#handler; }

        set onabort(value) {
            this.#handler = typeof value === 'function' ? value : null;
            if (this.#handler !== null && this.#handlerListener === null) {
                this.#handlerListener = (event) => this.#handler?.call(this, event);
                addEventListener.call(this, 'abort', this.#handlerListener);
            } else if (this.#handler === null && this.#handlerListener !== null) {
                removeEventListener.call(this, 'abort', this.#handlerListener);
                this.#handlerListener = null;
            }
        }

        static abort(reason = undefined) {
            const signal = new AbortSignal(CONSTRUCTING);
            signal.#aborted = true;
            signal.#reason = reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
            return signal;
        }

        static timeout(ms) {
            const delay = milliseconds(ms);
            const signal = new AbortSignal(CONSTRUCTING);
            setTimeout(() => signalAbort(signal, new DOMException(`The operation timed out after ${delay} ms`, 'TimeoutError')), delay);
            return signal;
        }

        static any(signals) {
            const list = [...signals];
            for (const signal of list) {
                if (!(signal instanceof AbortSignal)) throw new TypeError('AbortSignal.any: every item must be an AbortSignal');
            }
            const result = new AbortSignal(CONSTRUCTING);
            const aborted = list.find((signal) => signal.#aborted);
            if (aborted !== undefined) {
                result.#aborted = true;
                result.#reason = aborted.#reason;
                return result;
            }
            // Follow the sources of dependent signals, not the signals themselves: chains stay one level deep.
            result.#sources = new Set(list.flatMap((signal) => signal.#sources === null ? [signal] : [...signal.#sources]));
            for (const source of result.#sources) source.#follow(result);
            return result;
        }

        #follow(dependent) {
            this.#dependents.add(new WeakRef(dependent));
            if (this.#dependents.size >= this.#sweepAt) {
                for (const ref of this.#dependents) if (ref.deref() === undefined) this.#dependents.delete(ref);
                this.#sweepAt = Math.max(64, this.#dependents.size * 2);
            }
        }

        static {
            signalAbort = (signal, reason) => {
                if (signal.#aborted) return;
                signal.#aborted = true;
                signal.#reason = reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
                const followers = [];
                for (const ref of signal.#dependents) {
                    const dependent = ref.deref();
                    if (dependent !== undefined && !dependent.#aborted) {
                        dependent.#aborted = true;
                        dependent.#reason = signal.#reason;
                        followers.push(dependent);
                    }
                }
                signal.#dependents.clear();
                for (const aborted of [signal, ...followers]) {
                    aborted.#sources = null;
                    dispatchEvent.call(aborted, new Event('abort'));
                }
            };
        }
    }
    tag(AbortSignal, 'AbortSignal');

    class AbortController {
        #signal = new AbortSignal(CONSTRUCTING);

        get signal() { return this.#signal; }

        abort(reason = undefined) {
            signalAbort(this.#signal, reason);
        }
    }
    tag(AbortController, 'AbortController');

    define('AbortSignal', AbortSignal);
    define('AbortController', AbortController);
})
