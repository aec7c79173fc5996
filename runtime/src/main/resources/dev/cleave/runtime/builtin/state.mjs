// What the state modules (cleave/documents, cleave/counters, cleave/blobs) share: the node's host
// object, turning its failures into Jitar's errors, and the check that a value is plain JSON.
import { BadRequest, ServerError } from './errors.mjs';

const STATE = Symbol.for('cleave.state');

/** The node's state host; a runtime without a node has none. */
export function host(module) {
    const state = globalThis[STATE];
    if (!state) {
        throw new ServerError(`${module} needs a Cleave node to keep its state; start the app with ./cleave start`);
    }
    return state;
}

/**
 * The promise of a host operation; bad input becomes a BadRequest, any other failure a ServerError
 * whose message starts with what() (called only on failure).
 */
export function run(what, operation) {
    try {
        return operation().then(undefined, failure => { throw stateError(what, failure); });
    } catch (failure) {
        return Promise.reject(stateError(what, failure));
    }
}

/** The promise that body gives, or a rejected one when body throws (a check that failed). */
export function attempt(body) {
    try {
        return body();
    } catch (error) {
        return Promise.reject(error);
    }
}

function stateError(what, failure) {
    if (failure instanceof Error) return failure;
    const message = `${what()}: ${failure?.message ?? failure}`;
    return failure?.badInput ? new BadRequest(message) : new ServerError(message);
}

const RESOLVED = Promise.resolve();
const MAX_BATCH = 1_000;

/**
 * Reads by key that are asked for in the same loop turn travel together: the function this gives
 * takes (scope, key) and gives a promise of the value. Once the code that runs now has finished
 * (a promise job later), each scope's keys are read with readOne(scope, key) when there is one,
 * else with readMany(scope, keys) (at most 1 000 at a time), which gives a promise of the values
 * in the order of the keys. A failed batch rejects each of its reads with what(scope)'s message.
 */
export function batched(what, readOne, readMany) {
    let pending = null;
    const flush = () => {
        const batches = pending;
        pending = null;
        for (const [scope, batch] of batches) {
            if (batch.keys.length === 1) {
                batch.waiting[0].resolve(run(() => what(scope), () => readOne(scope, batch.keys[0])));
                continue;
            }
            for (let from = 0; from < batch.keys.length; from += MAX_BATCH) {
                settle(run(() => what(scope), () => readMany(scope, batch.keys.slice(from, from + MAX_BATCH))),
                    batch.waiting.slice(from, from + MAX_BATCH));
            }
        }
    };
    return (scope, key) => new Promise((resolve, reject) => {
        if (pending === null) {
            pending = new Map();
            RESOLVED.then(flush);
        }
        let batch = pending.get(scope);
        if (batch === undefined) {
            batch = { keys: [], waiting: [] };
            pending.set(scope, batch);
        }
        batch.keys.push(key);
        batch.waiting.push({ resolve, reject });
    });
}

function settle(values, waiting) {
    values.then(
        found => waiting.forEach((read, i) => read.resolve(found[i])),
        failure => waiting.forEach(read => read.reject(failure)));
}

/** A non-empty string key of at most 512 characters, or a BadRequest that names it. */
export function checkKey(key, what) {
    if (typeof key !== 'string' || key.length === 0 || key.length > 512) {
        throw new BadRequest(`${what} must be a non-empty string of at most 512 characters, got ${describe(key)}`);
    }
    return key;
}

/**
 * JSON text of a value made of plain objects, arrays, strings, finite numbers, booleans and null;
 * anything else (undefined, functions, symbols, bigints, NaN, Dates, Maps, class instances, cycles)
 * is a BadRequest that names where it is.
 */
export function toJson(value, where) {
    checkJson(value, where, new Set());
    return JSON.stringify(value);
}

function checkJson(value, path, seen) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
    if (typeof value === 'number') {
        if (!Number.isFinite(value)) throw notJson(path, `${value} is not a finite number`);
        return;
    }
    if (typeof value !== 'object') throw notJson(path, `a ${typeof value} is not JSON`);
    if (seen.has(value)) throw notJson(path, 'it refers to itself (a cycle)');
    seen.add(value);
    if (Array.isArray(value)) {
        value.forEach((item, index) => checkJson(item, `${path}[${index}]`, seen));
    } else {
        const prototype = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null) {
            const kind = value.constructor?.name ?? 'object';
            throw notJson(path, `a ${kind} is not a plain object${kind === 'Date' ? ' (store date.toISOString() or date.getTime())' : ''}`);
        }
        for (const [key, item] of Object.entries(value)) {
            checkJson(item, `${path}.${key}`, seen);
        }
    }
    seen.delete(value);
}

function notJson(path, reason) {
    return new BadRequest(`${path} cannot be stored: ${reason}; only plain objects, arrays, strings, finite numbers, booleans and null can`);
}

export function describe(value) {
    if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
    if (value === null || value === undefined) return String(value);
    if (Array.isArray(value)) return 'an array';
    return typeof value === 'object' ? `a ${value.constructor?.name ?? 'object'}` : `${typeof value} ${String(value)}`;
}
