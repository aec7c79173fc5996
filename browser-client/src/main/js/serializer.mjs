// The wire format of values (COMPATIBILITY.md §5, Jitar's "serialized" data encoding).
//
// serialize(value, registry) turns a value into JSON-able data: plain objects, arrays and
// primitives stay as they are; everything else becomes an envelope {serialized: true, name, ...}.
// deserialize(data, registry), in decoder.mjs, rebuilds the values within the decoder's limits.
// Class keys resolve only against the registry (an allow-list of the release's registered
// classes), never against globals.
import { ERROR_TYPES } from './decoder.mjs';

export { deserialize, parseJson, decodePlain, SerializedDataError, LIMITS } from './decoder.mjs';

/** A registry of classes that may cross the wire: key ↔ constructor, with constructor parameter names. */
export function createRegistry(entries = []) {
    const byKey = new Map();
    const byClass = new Map();
    const registry = {
        register(key, constructor, parameters = []) {
            const entry = { key, constructor, parameters: [...parameters] };
            byKey.set(key, entry);
            byClass.set(constructor, entry);
            return registry;
        },
        byKey: key => byKey.get(key),
        byClass: constructor => byClass.get(constructor)
    };
    entries.forEach(({ key, constructor, parameters }) => registry.register(key, constructor, parameters));
    return registry;
}

export function serialize(value, registry = createRegistry(), options = {}) {
    return new Serializer(registry, options.includeStack !== false).value(value, []);
}

class Serializer {
    constructor(registry, includeStack) {
        this.registry = registry;
        this.includeStack = includeStack;
        this.path = new Set();
    }

    value(value, trail) {
        switch (typeof value) {
            case 'undefined': case 'function': case 'symbol': return undefined;
            case 'boolean': case 'string': return value;
            case 'number': return Number.isFinite(value) ? value : null;
            case 'bigint': return { serialized: true, name: 'BigInt', value: value.toString() };
        }
        if (value === null) return null;
        if (this.path.has(value)) {
            throw new TypeError(`cannot serialize a cyclic structure (at ${trail.join('.') || 'the top'})`);
        }
        this.path.add(value);
        try {
            return this.object(value, trail);
        } finally {
            this.path.delete(value);
        }
    }

    object(value, trail) {
        if (Array.isArray(value)) {
            return value.map((item, i) => this.orNull(this.value(item, [...trail, i])));
        }
        const entry = this.entryFor(value);
        if (entry) return this.instance(value, entry, trail);
        if (value instanceof Date) return { serialized: true, name: 'Date', value: Number.isNaN(value.getTime()) ? null : value.toISOString() };
        if (value instanceof Map) {
            const keys = [], values = [];
            let index = 0;
            for (const [k, v] of value) {
                keys.push(this.orNull(this.value(k, [...trail, 'key'])));
                // an object key names its place by index: String() of one can throw (a toString that is no function)
                values.push(this.orNull(this.value(v, [...trail, k !== null && typeof k === 'object' ? `[${index}]` : String(k)])));
                index++;
            }
            return { serialized: true, name: 'Map', entries: { keys, values } };
        }
        if (value instanceof Set) return { serialized: true, name: 'Set', values: [...value].map((v, i) => this.orNull(this.value(v, [...trail, i]))) };
        if (value instanceof RegExp) return { serialized: true, name: 'RegExp', source: value.source, flags: value.flags };
        if (typeof URL === 'function' && value instanceof URL) return { serialized: true, name: 'Url', value: value.href };
        if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
            const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
            return { serialized: true, name: 'TypedArray', type: value.constructor.name, bytes: Array.from(bytes) };
        }
        if (value instanceof Error) return this.error(value, trail);
        return this.fields(value, new Set(), trail);
    }

    // The class itself if registered; for an error also its nearest registered base class, so a
    // subclass of NotFound arrives as a NotFound.
    entryFor(value) {
        for (let proto = Object.getPrototypeOf(value); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
            const entry = Object.hasOwn(proto, 'constructor') ? this.registry.byClass(proto.constructor) : undefined;
            if (entry) return entry;
            if (!(value instanceof Error) || proto === Error.prototype) return undefined;
        }
        return undefined;
    }

    instance(value, entry, trail) {
        const args = {};
        const used = new Set();
        entry.parameters.forEach((name, i) => {
            used.add(name);
            args[i] = this.orNull(this.value(value[name], [...trail, name]));
        });
        return { serialized: true, name: 'class', key: entry.key, args, fields: this.fields(value, used, trail) };
    }

    error(error, trail) {
        let type = 'Error';
        for (const [name, constructor] of Object.entries(ERROR_TYPES)) {
            if (error instanceof constructor && constructor !== Error) type = name;
        }
        const data = { serialized: true, name: 'Error', type, message: text(error.message ?? '') };
        if (this.includeStack && typeof error.stack === 'string') data.stack = error.stack;
        if (error.cause !== undefined) data.cause = this.value(error.cause, [...trail, 'cause']);
        return data;
    }

    fields(value, skip, trail) {
        const result = {};
        for (const key of Object.keys(value)) {
            if (skip.has(key)) continue;
            const item = this.value(value[key], [...trail, key]);
            if (item !== undefined) result[key] = item;
        }
        return result;
    }

    orNull(item) {
        return item === undefined ? null : item;
    }
}

/** String(value), or a stand-in when the value's toString is not a function (data can be built so). */
function text(value) {
    try {
        return String(value);
    } catch {
        return '[object]';
    }
}
