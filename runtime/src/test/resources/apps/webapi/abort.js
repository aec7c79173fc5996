// Exercises AbortController and AbortSignal; each export returns what it saw as plain data.

const describe = (reason) => reason instanceof DOMException || reason instanceof Error
    ? { name: reason.name, message: reason.message, isDomException: reason instanceof DOMException }
    : { value: reason };

export async function abortFiresOnce() {
    const controller = new AbortController();
    const { signal } = controller;
    const events = [];
    signal.addEventListener('abort', (e) => events.push(`listener:${e.type}:${e.target === signal}`));
    signal.onabort = (e) => events.push(`onabort:${e.type}`);
    const before = { aborted: signal.aborted, reasonIsUndefined: signal.reason === undefined };
    controller.abort();
    controller.abort('again');
    let thrown;
    try { signal.throwIfAborted(); } catch (e) { thrown = e === signal.reason; }
    return { before, aborted: signal.aborted, reason: describe(signal.reason), events, thrown,
        tag: String(signal), handlerKept: typeof signal.onabort };
}

export async function abortKeepsTheGivenReason() {
    const controller = new AbortController();
    const reason = { why: 'user left' };
    controller.abort(reason);
    const clearedHandler = new AbortController();
    let called = false;
    clearedHandler.signal.onabort = () => { called = true; };
    clearedHandler.signal.onabort = null;
    clearedHandler.abort();
    return { same: controller.signal.reason === reason, called, nullHandler: clearedHandler.signal.onabort === null };
}

export async function staticAbortIsAbortedAtOnce() {
    const plain = AbortSignal.abort();
    const withReason = AbortSignal.abort('nope');
    let constructed;
    try { new AbortSignal(); } catch (e) { constructed = e.name; }
    return { plain: [plain.aborted, describe(plain.reason)], withReason: [withReason.aborted, withReason.reason], constructed };
}

export async function timeoutAbortsWithTimeoutError() {
    const signal = AbortSignal.timeout(10);
    const early = signal.aborted;
    const event = await new Promise((resolve) => signal.addEventListener('abort', (e) => resolve(e.type)));
    let bad;
    try { AbortSignal.timeout(-1); } catch (e) { bad = e.name; }
    return { early, event, aborted: signal.aborted, reason: describe(signal.reason), bad };
}

export async function anyFollowsTheFirstToAbort() {
    const a = new AbortController();
    const b = new AbortController();
    const combined = AbortSignal.any([a.signal, b.signal]);
    const nested = AbortSignal.any([combined]);
    const order = [];
    combined.addEventListener('abort', () => order.push('combined'));
    nested.addEventListener('abort', () => order.push('nested'));
    b.signal.addEventListener('abort', () => order.push('b'));
    const before = combined.aborted;
    b.abort('b went first');
    a.abort('a too late');
    const already = AbortSignal.any([new AbortController().signal, AbortSignal.abort('done')]);
    let notSignal;
    try { AbortSignal.any([{}]); } catch (e) { notSignal = e.name; }
    return {
        before, combined: [combined.aborted, combined.reason], nested: [nested.aborted, nested.reason], order,
        already: [already.aborted, already.reason], notSignal
    };
}

export async function throwingAbortListenerDoesNotStopAbort() {
    const controller = new AbortController();
    const reported = [];
    const original = globalThis.reportError;
    globalThis.reportError = (e) => reported.push(e.message);
    let second = false;
    try {
        controller.signal.addEventListener('abort', () => { throw new Error('listener broke'); });
        controller.signal.addEventListener('abort', () => { second = true; });
        controller.abort();
    } finally {
        globalThis.reportError = original;
    }
    return { reported, second, aborted: controller.signal.aborted };
}
