// Module state is per event loop (like one Node process per loop): contextId tells the loops apart.
const contextId = Math.random().toString(36).slice(2);
let callsHere = 0;

export async function work(i) {
    callsHere++;
    await new Promise(resolve => setTimeout(resolve, i % 5));
    await null;
    return { i, square: i * i, contextId };
}

export async function waitForHost(ms, value) {
    const result = await hostDelay(ms, value);
    return `host said ${result}`;
}

export async function hostFailure(message) {
    try {
        await hostDelay(1, message, true);
        return 'no error';
    } catch (error) {
        return `caught ${error.message}`;
    }
}

export async function throwInTimer() {
    await new Promise(() => {
        setTimeout(() => { throw new RangeError('thrown in a timer'); }, 1);
    });
}

export async function intervalTicks(count) {
    let ticks = 0;
    await new Promise(resolve => {
        const id = setInterval(() => {
            if (++ticks === count) {
                clearInterval(id);
                resolve();
            }
        }, 2);
    });
    return ticks;
}

export async function timerOrder() {
    const seen = [];
    await new Promise(resolve => {
        setTimeout(() => seen.push('b10'), 10);
        setTimeout(() => seen.push('a0'), 0);
        setTimeout(() => seen.push('a0-second'), 0);
        const cancelled = setTimeout(() => seen.push('cancelled'), 5);
        clearTimeout(cancelled);
        queueMicrotask(() => seen.push('microtask'));
        setTimeout(() => { seen.push('last'); resolve(); }, 20);
    });
    return seen;
}

export async function badTimerArguments() {
    const errors = [];
    for (const call of [() => setTimeout('code', 1), () => setInterval(null), () => queueMicrotask(42)]) {
        try { call(); } catch (error) { errors.push(error.name); }
    }
    clearTimeout(undefined);
    clearTimeout('nonsense');
    clearInterval(-1);
    return errors;
}
