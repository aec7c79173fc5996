export async function add(a, b) {
    return a + b;
}

export function syncTwice(value) {
    return value * 2;
}

export async function later(ms, value) {
    await new Promise(resolve => setTimeout(resolve, ms));
    return value;
}

export async function spin() {
    while (true) {}
}

export async function fail(message) {
    throw new TypeError(message);
}

export const notAFunction = 42;
