// 'cleave/counters': atomic counters by key, shared by every loop and node of the app. Each change
// is one atomic step in the store (never a read-modify-write in JavaScript).
import { BadRequest } from './errors.mjs';
import { host, run, attempt, batched, checkKey } from './state.mjs';

const MODULE = 'cleave/counters';
// reads of one loop turn travel together, as one getMany
const readInTurn = batched(() => 'read of counters',
    (_, key) => host(MODULE).counterGet(key),
    (_, keys) => host(MODULE).counterGetMany(JSON.stringify(keys)).then(JSON.parse));

function checkAmount(amount) {
    if (!Number.isSafeInteger(amount)) {
        throw new BadRequest(`${MODULE}: the amount must be a whole number between -(2^53-1) and 2^53-1, got ${amount}`);
    }
    return amount;
}

/** Adds amount (default 1) to the counter and gives its new value. */
export async function increment(key, amount = 1) {
    checkKey(key, `${MODULE}: the counter key`);
    checkAmount(amount);
    return run(() => `increment of counter '${key}'`, () => host(MODULE).counterAdd(key, amount));
}

/** Subtracts amount (default 1) from the counter and gives its new value. */
export async function decrement(key, amount = 1) {
    checkKey(key, `${MODULE}: the counter key`);
    checkAmount(amount);
    return run(() => `decrement of counter '${key}'`, () => host(MODULE).counterAdd(key, -amount));
}

/** The counter's value; 0 for a counter that was never changed. Reads asked for in the same loop turn are read together. */
export function value(key) {
    return attempt(() => readInTurn('', checkKey(key, `${MODULE}: the counter key`)));
}

/** Removes the counter (it reads 0 again); false when it did not exist. */
export async function reset(key) {
    checkKey(key, `${MODULE}: the counter key`);
    return run(() => `reset of counter '${key}'`, () => host(MODULE).counterDelete(key));
}

/** The values of these counters in their order (0 for one never changed); one round trip. */
export async function getMany(keys) {
    if (!Array.isArray(keys) || keys.length > 1_000) {
        throw new BadRequest(`${MODULE}: getMany takes an array of at most 1000 counter keys, got ${Array.isArray(keys) ? keys.length + ' keys' : typeof keys}`);
    }
    keys.forEach(key => checkKey(key, `${MODULE}: a counter key of getMany`));
    if (keys.length === 0) return [];
    return JSON.parse(await run(() => 'read of counters', () => host(MODULE).counterGetMany(JSON.stringify(keys))));
}
