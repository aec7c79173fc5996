// Exercises Event, CustomEvent and EventTarget; each export returns what it saw as plain data.

export async function duringDispatch() {
    const target = new EventTarget();
    const event = new Event('ping', { bubbles: true, composed: true });
    const seen = {};
    target.addEventListener('ping', (e) => {
        seen.sameEvent = e === event;
        seen.target = e.target === target;
        seen.currentTarget = e.currentTarget === target;
        seen.phase = e.eventPhase;
        seen.path = e.composedPath().length;
    });
    target.addEventListener('ping', function () { seen.thisValue = this === target; });
    const before = { phase: event.eventPhase, noTarget: event.target === null, path: event.composedPath().length };
    const result = target.dispatchEvent(event);
    return {
        before, seen, result,
        after: { phase: event.eventPhase, noCurrentTarget: event.currentTarget === null, targetKept: event.target === target },
        flags: { type: event.type, bubbles: event.bubbles, cancelable: event.cancelable, composed: event.composed,
            isTrusted: event.isTrusted, timeStamp: typeof event.timeStamp, tag: String(event) },
        constants: [Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, event.AT_TARGET]
    };
}

export async function preventDefaultNeedsCancelable() {
    const target = new EventTarget();
    target.addEventListener('go', (e) => e.preventDefault());
    const cancelable = new Event('go', { cancelable: true });
    const plain = new Event('go');
    const passiveTarget = new EventTarget();
    passiveTarget.addEventListener('go', (e) => e.preventDefault(), { passive: true });
    const passive = new Event('go', { cancelable: true });
    return {
        cancelable: [target.dispatchEvent(cancelable), cancelable.defaultPrevented],
        plain: [target.dispatchEvent(plain), plain.defaultPrevented],
        passive: [passiveTarget.dispatchEvent(passive), passive.defaultPrevented]
    };
}

export async function listenersRunInOrder() {
    const target = new EventTarget();
    const calls = [];
    const shared = () => calls.push('shared');
    target.addEventListener('x', () => calls.push('bubble'));
    target.addEventListener('x', shared);
    target.addEventListener('x', shared); // identical: ignored
    target.addEventListener('x', shared, { capture: false }); // identical: ignored
    target.addEventListener('x', shared, true); // capture: a different listener
    target.addEventListener('x', () => calls.push('capture'), { capture: true });
    target.addEventListener('x', { handleEvent(e) { calls.push(`object:${this.name}:${e.type}`); }, name: 'h' });
    target.addEventListener('x', () => calls.push('once'), { once: true });
    target.addEventListener('x', null);
    target.dispatchEvent(new Event('x'));
    calls.push('|');
    target.removeEventListener('x', shared, { capture: true });
    target.dispatchEvent(new Event('x'));
    return calls;
}

export async function propagationStops() {
    const target = new EventTarget();
    const calls = [];
    target.addEventListener('a', (e) => { calls.push('a1'); e.stopImmediatePropagation(); });
    target.addEventListener('a', () => calls.push('a2'));
    target.addEventListener('b', (e) => { calls.push('b-capture'); e.stopPropagation(); }, true);
    target.addEventListener('b', () => calls.push('b-capture-2'), true);
    target.addEventListener('b', () => calls.push('b-bubble'));
    target.dispatchEvent(new Event('a'));
    const b = new Event('b');
    target.dispatchEvent(b);
    return { calls, cancelBubbleAfter: b.cancelBubble };
}

export async function throwingListenerIsReported() {
    const target = new EventTarget();
    const reported = [];
    const calls = [];
    const original = globalThis.reportError;
    globalThis.reportError = (error) => reported.push(error.message);
    try {
        target.addEventListener('x', () => { throw new Error('first broke'); });
        target.addEventListener('x', { handleEvent: 'not a function' });
        target.addEventListener('x', () => calls.push('second ran'));
        const result = target.dispatchEvent(new Event('x'));
        return { reported, calls, result };
    } finally {
        globalThis.reportError = original;
    }
}

export async function changesDuringDispatch() {
    const target = new EventTarget();
    const calls = [];
    const late = () => calls.push('late');
    const removed = () => calls.push('removed');
    target.addEventListener('x', () => {
        calls.push('first');
        target.addEventListener('x', late);
        target.removeEventListener('x', removed);
    });
    target.addEventListener('x', removed);
    target.dispatchEvent(new Event('x'));
    calls.push('|');
    target.dispatchEvent(new Event('x'));
    return calls;
}

export async function signalRemovesListener() {
    const target = new EventTarget();
    const controller = new AbortController();
    const calls = [];
    target.addEventListener('x', () => calls.push('listened'), { signal: controller.signal });
    target.addEventListener('x', () => calls.push('never'), { signal: AbortSignal.abort() });
    target.dispatchEvent(new Event('x'));
    controller.abort();
    target.dispatchEvent(new Event('x'));
    let badSignal;
    try {
        target.addEventListener('x', () => {}, { signal: {} });
    } catch (error) {
        badSignal = error.name;
    }
    return { calls, badSignal };
}

export async function customEventCarriesDetail() {
    const target = new EventTarget();
    let seen;
    target.addEventListener('news', (e) => { seen = e.detail; });
    const event = new CustomEvent('news', { detail: { headline: 'hi' } });
    target.dispatchEvent(event);
    return {
        seen, isEvent: event instanceof Event, tag: Object.prototype.toString.call(event),
        defaultDetailIsNull: new CustomEvent('x').detail === null
    };
}

export async function subclassesAndMisuse() {
    class Clock extends EventTarget {
        tick() { return this.dispatchEvent(new CustomEvent('tick', { detail: 1, cancelable: true })); }
    }
    const clock = new Clock();
    let ticks = 0;
    clock.addEventListener('tick', (e) => { ticks += e.detail; });
    clock.tick();
    clock.tick();
    const errors = {};
    const attempt = (name, fn) => { try { fn(); errors[name] = 'no error'; } catch (e) { errors[name] = e.name; } };
    attempt('noType', () => new Event());
    attempt('badInit', () => new Event('x', 5));
    attempt('notAnEvent', () => clock.dispatchEvent({ type: 'tick' }));
    attempt('redispatch', () => {
        const event = new Event('again');
        clock.addEventListener('again', () => clock.dispatchEvent(event));
        const original = globalThis.reportError;
        let inner;
        globalThis.reportError = (e) => { inner = e; };
        try { clock.dispatchEvent(event); } finally { globalThis.reportError = original; }
        throw inner;
    });
    return { ticks, errors, isTarget: clock instanceof EventTarget };
}
