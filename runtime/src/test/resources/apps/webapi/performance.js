// Uses of performance for PerformanceTest.

export async function acrossTimeout() {
    const before = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
    return performance.now() - before;
}

export async function monotonic() {
    let previous = performance.now();
    let decreases = 0;
    for (let i = 0; i < 10000; i++) {
        const now = performance.now();
        if (now < previous) decreases++;
        previous = now;
    }
    return { decreases, type: typeof previous };
}

export async function origin() {
    const { timeOrigin } = performance;
    return {
        drift: Math.abs(timeOrigin - (Date.now() - performance.now())),
        json: JSON.stringify(performance) === JSON.stringify({ timeOrigin }),
        toJSON: performance.toJSON().timeOrigin === timeOrigin,
        stable: performance.timeOrigin === timeOrigin
    };
}

export async function globalShape() {
    const desc = Object.getOwnPropertyDescriptor(globalThis, 'performance');
    let constructed;
    try {
        new Performance();
        constructed = 'none';
    } catch (error) {
        constructed = error.name;
    }
    return {
        enumerable: desc.enumerable, tag: String(performance), instance: performance instanceof Performance, constructed
    };
}
