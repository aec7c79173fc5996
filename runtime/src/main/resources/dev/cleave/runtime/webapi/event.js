// Event, CustomEvent and EventTarget: the part of the DOM Standard that WinterTC asks for. A target
// has no parent here, so a dispatch visits one target: its capture listeners, then the others.
(function (host) {
    'use strict';

    const NONE = 0, CAPTURING_PHASE = 1, AT_TARGET = 2, BUBBLING_PHASE = 3;
    const clock = globalThis.performance; // taken now: application code may replace the global
    let stateOf; // Event -> its internal state, for dispatchEvent

    function define(name, value) {
        Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
    }

    function tag(type, name) {
        Object.defineProperty(type.prototype, Symbol.toStringTag, { value: name, configurable: true });
    }

    function dictionary(value, where) {
        if (value === undefined || value === null) return {};
        if (typeof value !== 'object' && typeof value !== 'function') {
            throw new TypeError(`${where}: the options must be an object, got ${typeof value}`);
        }
        return value;
    }

    function required(count, needed, where) {
        if (count < needed) {
            throw new TypeError(`${where}: ${needed} argument${needed > 1 ? 's' : ''} required, but only ${count} present`);
        }
    }

    class Event {
        #s;

        constructor(type, init = undefined) {
            required(arguments.length, 1, 'Event constructor');
            const options = dictionary(init, 'Event constructor');
            this.#s = {
                type: String(type), bubbles: !!options.bubbles, cancelable: !!options.cancelable,
                composed: !!options.composed, canceled: false, passive: false, stop: false, stopNow: false,
                dispatching: false, target: null, currentTarget: null, phase: NONE,
                timeStamp: clock && typeof clock.now === 'function' ? clock.now() : Date.now()
            };
        }

        get type() { return this.#s.type; }
        get target() { return this.#s.target; }
        get srcElement() { return this.#s.target; }
        get currentTarget() { return this.#s.currentTarget; }
        get eventPhase() { return this.#s.phase; }
        get bubbles() { return this.#s.bubbles; }
        get cancelable() { return this.#s.cancelable; }
        get composed() { return this.#s.composed; }
        get defaultPrevented() { return this.#s.canceled; }
        get isTrusted() { return false; }
        get timeStamp() { return this.#s.timeStamp; }
        get cancelBubble() { return this.#s.stop; }
        set cancelBubble(value) { if (value) this.#s.stop = true; }
        get returnValue() { return !this.#s.canceled; }
        set returnValue(value) { if (!value) this.preventDefault(); }

        composedPath() {
            return this.#s.dispatching ? [this.#s.currentTarget] : [];
        }

        stopPropagation() {
            this.#s.stop = true;
        }

        stopImmediatePropagation() {
            this.#s.stop = true;
            this.#s.stopNow = true;
        }

        preventDefault() {
            // A passive listener promised not to cancel; the DOM ignores its attempt silently.
            if (this.#s.cancelable && !this.#s.passive) this.#s.canceled = true;
        }

        static {
            stateOf = (event) => {
                if (event === null || typeof event !== 'object' || !(#s in event)) {
                    throw new TypeError('dispatchEvent: the argument must be an Event');
                }
                return event.#s;
            };
        }
    }

    for (const [name, value] of Object.entries({ NONE, CAPTURING_PHASE, AT_TARGET, BUBBLING_PHASE })) {
        Object.defineProperty(Event, name, { value, enumerable: true });
        Object.defineProperty(Event.prototype, name, { value, enumerable: true });
    }
    tag(Event, 'Event');

    class CustomEvent extends Event {
        #detail;

        constructor(type, init = undefined) {
            required(arguments.length, 1, 'CustomEvent constructor');
            super(type, init);
            const detail = dictionary(init, 'CustomEvent constructor').detail;
            this.#detail = detail === undefined ? null : detail;
        }

        get detail() { return this.#detail; }
    }
    tag(CustomEvent, 'CustomEvent');

    /** The options of addEventListener, or of removeEventListener (only capture counts there). */
    function listenerOptions(options, where) {
        if (typeof options !== 'object' || options === null) {
            return { capture: !!options, once: false, passive: false, signal: undefined };
        }
        const signal = options.signal;
        // Duck-typed: AbortSignal is installed after this script.
        if (signal !== undefined && (!(signal instanceof EventTarget) || typeof signal.aborted !== 'boolean')) {
            throw new TypeError(`${where}: the signal option must be an AbortSignal`);
        }
        return { capture: !!options.capture, once: !!options.once, passive: !!options.passive, signal };
    }

    function report(error) {
        const reportError = globalThis.reportError;
        if (typeof reportError === 'function') {
            reportError(error);
        } else {
            console.error('Uncaught', error);
        }
    }

    function call(listener, target, event) {
        const callback = listener.callback;
        if (typeof callback === 'function') {
            callback.call(target, event);
            return;
        }
        const handleEvent = callback.handleEvent;
        if (typeof handleEvent !== 'function') {
            throw new TypeError(`the listener for '${event.type}' has no handleEvent method`);
        }
        handleEvent.call(callback, event);
    }

    class EventTarget {
        #listeners = new Map(); // type -> [{ callback, capture, once, passive, removed }] in order of adding

        addEventListener(type, callback, options = undefined) {
            required(arguments.length, 2, 'EventTarget.addEventListener');
            const { capture, once, passive, signal } = listenerOptions(options, 'EventTarget.addEventListener');
            if (callback === null || callback === undefined) return;
            if (typeof callback !== 'function' && typeof callback !== 'object') {
                throw new TypeError('EventTarget.addEventListener: the listener must be a function or an object with handleEvent');
            }
            if (signal?.aborted) return;
            const key = String(type);
            let list = this.#listeners.get(key);
            if (list === undefined) {
                list = [];
                this.#listeners.set(key, list);
            }
            if (list.some((l) => l.callback === callback && l.capture === capture)) return;
            list.push({ callback, capture, once, passive, removed: false });
            if (signal !== undefined) {
                signal.addEventListener('abort', () => this.#remove(key, callback, capture), { once: true });
            }
        }

        removeEventListener(type, callback, options = undefined) {
            required(arguments.length, 2, 'EventTarget.removeEventListener');
            this.#remove(String(type), callback, listenerOptions(options, 'EventTarget.removeEventListener').capture);
        }

        #remove(type, callback, capture) {
            const list = this.#listeners.get(type);
            const index = list === undefined ? -1 : list.findIndex((l) => l.callback === callback && l.capture === capture);
            if (index >= 0) {
                list[index].removed = true; // a dispatch in progress holds a copy of the list
                list.splice(index, 1);
            }
        }

        dispatchEvent(event) {
            required(arguments.length, 1, 'EventTarget.dispatchEvent');
            const s = stateOf(event);
            if (s.dispatching) {
                throw new DOMException(`the '${s.type}' event is already being dispatched`, 'InvalidStateError');
            }
            const listeners = (this.#listeners.get(s.type) ?? []).slice();
            s.dispatching = true;
            s.target = this;
            s.currentTarget = this;
            s.phase = AT_TARGET;
            try {
                this.#invoke(listeners, event, s, true);
                if (!s.stop) this.#invoke(listeners, event, s, false);
            } finally {
                s.dispatching = false;
                s.currentTarget = null;
                s.phase = NONE;
                s.stop = false;
                s.stopNow = false;
            }
            return !s.canceled;
        }

        #invoke(listeners, event, s, capturePass) {
            for (const listener of listeners) {
                if (listener.removed || listener.capture !== capturePass) continue;
                if (listener.once) this.#remove(s.type, listener.callback, listener.capture);
                s.passive = listener.passive;
                try {
                    call(listener, this, event);
                } catch (error) {
                    report(error);
                } finally {
                    s.passive = false;
                }
                if (s.stopNow) return;
            }
        }
    }
    tag(EventTarget, 'EventTarget');

    define('Event', Event);
    define('CustomEvent', CustomEvent);
    define('EventTarget', EventTarget);
})
