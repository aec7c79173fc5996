// The decoder of the wire format (COMPATIBILITY.md §5): deserialize(data, registry) rebuilds the
// values that serializer.mjs's serialize made. Every public procedure is an internet endpoint, so
// the decoder bounds what it is sent (LIMITS) and refuses anything past a limit, or malformed, with
// a SerializedDataError naming the limit and the path of the value, before doing the costly work.
// parseJson scans the text for its depth before JSON.parse sees it. One file past 300 lines: the
// limits, the scan and the decoder are read together when the wire format changes.

export const ERROR_TYPES = Object.freeze({
    Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError
});
export const TYPED_ARRAYS = Object.freeze({
    Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array
});
const REGEXP_FLAGS = /^[dgimsuvy]*$/;

/**
 * The limits of decoded data (docs/node.md, "Limits on decoded data"). Data past one is refused
 * with a SerializedDataError before the costly work (parsing, BigInt(), new RegExp()) is done.
 */
export const LIMITS = Object.freeze({
    /** Levels of arrays and objects, the message itself being level 1. */
    depth: 64,
    /** Values in one message; the bytes of a TypedArray count as one. */
    values: 1_000_000,
    bigIntDigits: 4300,
    regExpSource: 1000,
    bytes: 64 * 1024 * 1024,
    classArguments: 255,
    dateText: 100,
    urlText: 65536
});
const REFUSED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const BIGINT_TEXT = /^-?[0-9]+$/;
const ARGUMENT_INDEX = /^(0|[1-9][0-9]{0,2})$/;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const NO_CLASSES = { byKey: () => undefined };
const ENVELOPES = 'class, Error, Date, Map, Set, BigInt, RegExp, Url and TypedArray';

/** Data the decoder refuses: malformed, or past one of the LIMITS; path is where, like $.args.user.id. */
export class SerializedDataError extends TypeError {
    constructor(path, problem) {
        super(`Serialized data refused at ${path}: ${problem}`);
        this.path = path;
    }
}
Object.defineProperty(SerializedDataError.prototype, 'name', { value: 'SerializedDataError', writable: true, configurable: true });

/**
 * JSON.parse, after a scan of the text refuses nesting past LIMITS.depth (so a body of 200 000
 * '[' never reaches the parser's recursion). A SyntaxError for text that is not JSON.
 */
export function parseJson(text) {
    checkDepth(text);
    return JSON.parse(text);
}

/** Rebuilds the values of serialized data (the result of JSON.parse), within the LIMITS. */
export function deserialize(data, registry = NO_CLASSES) {
    return new Decoder(registry).value(data);
}

/** Plain JSON data (no envelopes) checked against the limits of depth, values and keys; a copy. */
export function decodePlain(data) {
    return new Decoder(null).value(data);
}

// Brackets outside strings. The regular expression steps over a whole string or to the next
// bracket (a loop over every character runs in GraalJS's interpreter until it is compiled, ten
// times as slow as JSON.parse). A string that is not closed runs to the end of the text, so a
// match ends with its closing quote or at the end; there, a bracket is JSON.parse's to refuse.
// Only a text that is too deep gets a second pass, which finds the path of the level past the limit.
const OPEN_OBJECT = 123, OPEN_ARRAY = 91, CLOSE_OBJECT = 125, CLOSE_ARRAY = 93, COMMA = 44, QUOTE = 34, BACKSLASH = 92;
const STRUCTURE = /"(?:[^"\\]|\\[^])*"?|[[\]{}]/g;

function checkDepth(text) {
    let depth = 0;
    STRUCTURE.lastIndex = 0;
    while (STRUCTURE.test(text)) {
        const end = STRUCTURE.lastIndex;
        const c = text.charCodeAt(end - 1);
        if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
            if (++depth > LIMITS.depth && end < text.length) {
                STRUCTURE.lastIndex = 0;
                throw new SerializedDataError(deepPath(text), depthProblem());
            }
        } else if ((c === CLOSE_OBJECT || c === CLOSE_ARRAY) && depth > 0) {
            depth--;
        }
    }
}

// The path of the first level past the limit, with the key or index of each open level.
function deepPath(text) {
    const limit = LIMITS.depth;
    const isArray = new Uint8Array(limit), index = new Int32Array(limit);
    const keyStart = new Int32Array(limit), keyEnd = new Int32Array(limit);
    let depth = 0, expectKey = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            const end = stringEnd(text, i);
            if (expectKey && depth > 0) {
                keyStart[depth - 1] = i;
                keyEnd[depth - 1] = end + 1;
                expectKey = false;
            }
            i = end;
        } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
            if (depth === limit) return scannedPath(text, isArray, index, keyStart, keyEnd);
            isArray[depth] = c === OPEN_ARRAY ? 1 : 0;
            index[depth] = 0;
            keyStart[depth] = keyEnd[depth] = -1;
            depth++;
            expectKey = c === OPEN_OBJECT;
        } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
            if (depth > 0) depth--;
            expectKey = false;
        } else if (c === COMMA && depth > 0) {
            if (isArray[depth - 1]) index[depth - 1]++;
            else expectKey = true;
        }
    }
    return '$';
}

function stringEnd(text, start) {
    for (let end = text.indexOf('"', start + 1); end >= 0; end = text.indexOf('"', end + 1)) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
        if (slashes % 2 === 0) return end;
    }
    return text.length;
}

function scannedPath(text, isArray, index, keyStart, keyEnd) {
    const trail = [];
    for (let level = 0; level < isArray.length; level++) {
        if (isArray[level]) {
            trail.push(index[level]);
        } else {
            let key = keyStart[level] < 0 ? '?' : text.slice(keyStart[level], keyEnd[level]);
            try {
                key = JSON.parse(key);
            } catch {
                // an unterminated key: shown as sent
            }
            trail.push(String(key));
        }
    }
    return pathOf(trail);
}

function depthProblem() {
    return `nesting deeper than the limit of ${LIMITS.depth} levels of arrays and objects`;
}

function pathOf(trail) {
    let path = '$';
    for (const key of trail) {
        if (typeof key === 'number') path += `[${key}]`;
        else path += IDENTIFIER.test(key) ? `.${shorten(key)}` : `[${JSON.stringify(shorten(key))}]`;
    }
    return path;
}

function shorten(text) {
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function describe(value) {
    if (typeof value === 'string') return `'${shorten(value)}'`;
    if (value === null || typeof value !== 'object') return String(value);
    return Array.isArray(value) ? 'an array' : 'an object';
}

/**
 * One decoding: a walk of the JSON tree that counts values and levels as it goes and keeps the
 * trail of keys for messages. Its recursion is safe because the depth is checked at each level.
 * Without a registry it decodes plain JSON (objects that look like envelopes stay objects).
 */
class Decoder {
    constructor(registry) {
        this.registry = registry;
        this.trail = [];
        this.depth = 0;
        this.count = 0;
    }

    refuse(problem) {
        throw new SerializedDataError(pathOf(this.trail), problem);
    }

    at(key, data) {
        this.trail.push(key);
        const value = this.value(data);
        this.trail.pop();
        return value;
    }

    value(data) {
        this.counted();
        if (data === null || typeof data !== 'object') return data;
        this.enter();
        const value = Array.isArray(data) ? this.array(data)
            : this.registry && data.serialized === true && typeof data.name === 'string' ? this.envelope(data) : this.object(data);
        this.depth--;
        return value;
    }

    // Arrays and objects hold one place in the trail for their items (the decoder's hot loops).
    array(list) {
        const result = [];
        const slot = this.trail.push(0) - 1;
        for (let i = 0; i < list.length; i++) {
            this.trail[slot] = i;
            result.push(this.value(list[i]));
        }
        this.trail.pop();
        return result;
    }

    object(data) {
        const result = {};
        const keys = this.keysOf(data);
        const slot = this.trail.push('') - 1;
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            this.trail[slot] = key;
            result[key] = this.value(data[key]);
        }
        this.trail.pop();
        return result;
    }

    // A container inside an envelope (args, fields, entries, ...): a level and a value of its own.
    inside(key, container, build) {
        this.trail.push(key);
        this.counted();
        this.enter();
        if (!Array.isArray(container)) this.keysOf(container);
        const value = build(container);
        this.depth--;
        this.trail.pop();
        return value;
    }

    counted() {
        if (++this.count > LIMITS.values) this.refuse(`more than ${LIMITS.values} values in one message, the limit of decoded values`);
    }

    enter() {
        if (++this.depth > LIMITS.depth) this.refuse(depthProblem());
    }

    keysOf(data) {
        const keys = Object.keys(data);
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            if ((key.length === 9 || key.length === 11) && REFUSED_KEYS.has(key)) {
                this.trail.push(key);
                this.refuse(`the key '${key}' is refused (the keys __proto__, constructor and prototype could change`
                    + ' the prototype of the objects built from this data); rename the field');
            }
        }
        return keys;
    }

    envelope(data) {
        this.keysOf(data);
        switch (data.name) {
            case 'class': return this.instance(data);
            case 'Error': return this.error(data);
            case 'Date': return this.date(data);
            case 'Map': return this.map(data);
            case 'Set': return new Set(this.inside('values', this.listIn(data, 'values'), list => this.array(list)));
            case 'BigInt': return this.bigInt(data);
            case 'RegExp': return this.regExp(data);
            case 'Url': return this.url(data);
            case 'TypedArray': return this.typedArray(data);
            default: return this.refuse(`unknown serialized value '${shorten(data.name)}'; the kinds are ${ENVELOPES}`);
        }
    }

    string(data, key) {
        const value = own(data, key);
        if (typeof value !== 'string') this.refuse(`serialized ${data.name} needs a string '${key}'`);
        return value;
    }

    listIn(data, key, what = data.name) {
        const value = own(data, key);
        if (!Array.isArray(value)) this.refuse(`serialized ${what} needs an array '${key}'`);
        return value;
    }

    record(data, key, what = data.name) {
        const value = own(data, key) ?? {};
        if (typeof value !== 'object') this.refuse(`serialized ${what} needs an object '${key}'`);
        return value;
    }

    instance(data) {
        const key = this.string(data, 'key');
        const entry = this.registry.byKey(key);
        if (!entry) this.refuse(`class '${shorten(key)}' is not registered in this release, so it cannot be rebuilt`);
        const values = this.inside('args', this.record(data, 'args', 'class'), args => this.arguments(args));
        const fields = this.record(data, 'fields', 'class');
        if (Array.isArray(fields)) this.refuse("serialized class needs an object 'fields'");
        const object = this.rebuilt(key, () => new entry.constructor(...values));
        this.inside('fields', fields, () => {
            for (const name of Object.keys(fields)) {
                const value = this.at(name, fields[name]);
                this.rebuilt(key, () => { object[name] = value; });
            }
        });
        return object;
    }

    arguments(args) {
        const names = Object.keys(args);
        if (names.length > LIMITS.classArguments) {
            this.refuse(`${names.length} constructor arguments are over the limit of ${LIMITS.classArguments}`);
        }
        const indexes = names.map(name => {
            const index = ARGUMENT_INDEX.test(name) ? Number(name) : LIMITS.classArguments;
            if (index >= LIMITS.classArguments) {
                this.refuse(`constructor argument '${shorten(name)}' is not an index from 0 to ${LIMITS.classArguments - 1}`);
            }
            return index;
        });
        const at = Array.isArray(args) ? i => i : String;
        return indexes.sort((a, b) => a - b).map(i => this.at(at(i), args[i]));
    }

    // Runs a registered class's own code (constructor, setters): its error refuses the data.
    rebuilt(key, build) {
        try {
            return build();
        } catch (error) {
            return this.refuse(`class '${shorten(key)}' could not be rebuilt: ${error?.message ?? error}`);
        }
    }

    error(data) {
        const type = own(data, 'type');
        const constructor = typeof type === 'string' && Object.hasOwn(ERROR_TYPES, type) ? ERROR_TYPES[type] : Error;
        const message = own(data, 'message') ?? '';
        if (typeof message === 'object') this.refuse("serialized Error needs a string 'message'");
        const cause = own(data, 'cause');
        const options = cause === undefined ? undefined : { cause: this.at('cause', cause) };
        const result = new constructor(String(message), options);
        const stack = own(data, 'stack');
        if (typeof stack === 'string') result.stack = stack;
        return result;
    }

    date(data) {
        if (own(data, 'value') === null) return new Date(NaN);
        const text = this.string(data, 'value');
        if (text.length > LIMITS.dateText) {
            this.refuse(`a Date text of ${text.length} characters is over the limit of ${LIMITS.dateText} characters`);
        }
        return new Date(text);
    }

    map(data) {
        return this.inside('entries', this.record(data, 'entries', 'Map'), entries => {
            const keys = this.inside('keys', this.listIn(entries, 'keys', 'Map entries'), list => this.array(list));
            const values = this.inside('values', this.listIn(entries, 'values', 'Map entries'), list => this.array(list));
            return new Map(keys.map((key, i) => [key, values[i]]));
        });
    }

    bigInt(data) {
        const text = this.string(data, 'value');
        const digits = text.startsWith('-') ? text.length - 1 : text.length;
        if (digits > LIMITS.bigIntDigits) {
            this.refuse(`a BigInt of ${digits} characters is over the limit of ${LIMITS.bigIntDigits} digits`);
        }
        if (!BIGINT_TEXT.test(text)) this.refuse(`a BigInt is decimal digits with an optional '-', not ${describe(text)}`);
        return BigInt(text);
    }

    regExp(data) {
        const source = this.string(data, 'source');
        if (source.length > LIMITS.regExpSource) {
            this.refuse(`a RegExp source of ${source.length} characters is over the limit of ${LIMITS.regExpSource} characters`);
        }
        const flags = this.string(data, 'flags');
        if (!REGEXP_FLAGS.test(flags)) this.refuse(`invalid RegExp flags ${describe(flags)}; the flags are d, g, i, m, s, u, v and y`);
        try {
            return new RegExp(source, flags);
        } catch (error) {
            return this.refuse(`invalid RegExp: ${error.message}`);
        }
    }

    url(data) {
        const text = this.string(data, 'value');
        if (text.length > LIMITS.urlText) {
            this.refuse(`a Url of ${text.length} characters is over the limit of ${LIMITS.urlText} characters`);
        }
        try {
            return new URL(text);
        } catch {
            return this.refuse(`${describe(text)} is not a valid Url`);
        }
    }

    typedArray(data) {
        const type = this.string(data, 'type');
        if (!Object.hasOwn(TYPED_ARRAYS, type)) this.refuse(`unknown typed array type ${describe(type)}`);
        const constructor = TYPED_ARRAYS[type];
        const bytes = this.listIn(data, 'bytes');
        this.trail.push('bytes');
        this.counted();
        this.enter();
        if (bytes.length > LIMITS.bytes) this.refuse(`${bytes.length} bytes are over the limit of ${LIMITS.bytes} bytes (64 MiB)`);
        if (bytes.length % constructor.BYTES_PER_ELEMENT !== 0) {
            this.refuse(`${bytes.length} bytes do not make a whole ${type} (${constructor.BYTES_PER_ELEMENT} bytes each)`);
        }
        const out = new Uint8Array(bytes.length);
        for (let i = 0; i < bytes.length; i++) {
            const byte = bytes[i];
            if (typeof byte !== 'number' || (byte & 255) !== byte) {
                this.trail.push(i);
                this.refuse(`a byte is an integer from 0 to 255, not ${describe(byte)}`);
            }
            out[i] = byte;
        }
        this.depth--;
        this.trail.pop();
        return new constructor(out.buffer);
    }
}

function own(data, key) {
    return Object.hasOwn(data, key) ? data[key] : undefined;
}
