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

/** Awaits a host operation; bad input becomes a BadRequest, any other failure a ServerError. */
export async function run(what, operation) {
    try {
        return await operation();
    } catch (failure) {
        if (failure instanceof Error) throw failure;
        const message = `${what}: ${failure?.message ?? failure}`;
        throw failure?.badInput ? new BadRequest(message) : new ServerError(message);
    }
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
