// The wire format of values (COMPATIBILITY.md §5, Jitar's "serialized" data encoding).
//
// serialize(value, registry) turns a value into JSON-able data: plain objects, arrays and
// primitives stay as they are; everything else becomes an envelope {serialized: true, name, ...}.
// deserialize(data, registry) rebuilds the values. Class keys resolve only against the registry
// (an allow-list of the release's registered classes), never against globals.

const ERROR_TYPES = {
    Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError
};
const TYPED_ARRAYS = {
    Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array
};
const REGEXP_FLAGS = /^[dgimsuvy]*$/;

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
            for (const [k, v] of value) {
                keys.push(this.orNull(this.value(k, [...trail, 'key'])));
                values.push(this.orNull(this.value(v, [...trail, String(k)])));
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
        const data = { serialized: true, name: 'Error', type, message: String(error.message ?? '') };
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

export function deserialize(data, registry = createRegistry()) {
    if (Array.isArray(data)) return data.map(item => deserialize(item, registry));
    if (data === null || typeof data !== 'object') return data;
    if (data.serialized === true && typeof data.name === 'string') return envelope(data, registry);
    const result = {};
    for (const key of Object.keys(data)) result[key] = deserialize(data[key], registry);
    return result;
}

function envelope(data, registry) {
    switch (data.name) {
        case 'class': return instance(data, registry);
        case 'Error': return error(data, registry);
        case 'Date': return new Date(data.value === null ? NaN : requireString(data, 'value'));
        case 'Map': {
            const keys = requireArray(data.entries ?? {}, 'keys', 'Map entries');
            const values = requireArray(data.entries ?? {}, 'values', 'Map entries');
            return new Map(keys.map((key, i) => [deserialize(key, registry), deserialize(values[i], registry)]));
        }
        case 'Set': return new Set(requireArray(data, 'values', 'Set').map(item => deserialize(item, registry)));
        case 'BigInt': return BigInt(requireString(data, 'value'));
        case 'RegExp': {
            const flags = requireString(data, 'flags');
            if (!REGEXP_FLAGS.test(flags)) throw new TypeError(`invalid RegExp flags '${flags}' in serialized data`);
            return new RegExp(requireString(data, 'source'), flags);
        }
        case 'Url': return new URL(requireString(data, 'value'));
        case 'TypedArray': return typedArray(data);
        default: throw new TypeError(`unknown serialized value '${data.name}'`);
    }
}

function instance(data, registry) {
    const key = requireString(data, 'key');
    const entry = registry.byKey(key);
    if (!entry) throw new TypeError(`class '${key}' is not registered in this release, so it cannot be rebuilt`);
    const args = data.args ?? {};
    const values = Object.keys(args).map(Number).sort((a, b) => a - b).map(i => deserialize(args[i], registry));
    const object = new entry.constructor(...values);
    const fields = data.fields ?? {};
    for (const name of Object.keys(fields)) object[name] = deserialize(fields[name], registry);
    return object;
}

function error(data, registry) {
    const type = Object.hasOwn(ERROR_TYPES, data.type) ? data.type : 'Error';
    const options = data.cause === undefined ? undefined : { cause: deserialize(data.cause, registry) };
    const result = new ERROR_TYPES[type](String(data.message ?? ''), options);
    if (typeof data.stack === 'string') result.stack = data.stack;
    return result;
}

function typedArray(data) {
    const type = requireString(data, 'type');
    if (!Object.hasOwn(TYPED_ARRAYS, type)) throw new TypeError(`unknown typed array type '${type}' in serialized data`);
    const bytes = Uint8Array.from(requireArray(data, 'bytes', 'TypedArray'));
    const constructor = TYPED_ARRAYS[type];
    if (bytes.length % constructor.BYTES_PER_ELEMENT !== 0) {
        throw new TypeError(`${bytes.length} bytes do not make a whole ${type}`);
    }
    return new constructor(bytes.buffer);
}

function requireString(data, key) {
    if (typeof data[key] !== 'string') throw new TypeError(`serialized ${data.name} needs a string '${key}'`);
    return data[key];
}

function requireArray(data, key, what) {
    if (!Array.isArray(data[key])) throw new TypeError(`serialized ${what} needs an array '${key}'`);
    return data[key];
}
