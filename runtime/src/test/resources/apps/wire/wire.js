import { serialize, deserialize, createRegistry, parseJson, LIMITS } from 'cleave/serializer';
import * as errors from 'cleave';

class Point {
    constructor(x, y) {
        this.x = x;
        this.y = y;
        this.label = 'p';
    }

    length() {
        return Math.hypot(this.x, this.y);
    }
}

class Many {
    constructor(...values) {
        this.count = values.length;
    }
}

class Account {
    #secret;

    constructor(name, secret) {
        this.name = name;
        this.#secret = secret;
    }

    get secret() {
        return this.#secret;
    }
}

const registry = createRegistry([
    { key: 'geo/Point', constructor: Point, parameters: ['x', 'y'] },
    { key: 'account/Account', constructor: Account, parameters: ['name', 'secret'] },
    { key: 'test/Many', constructor: Many, parameters: [] },
    ...Object.entries(errors).filter(([, c]) => c.prototype instanceof Error).map(([name, constructor]) => ({ key: `cleave:${name}`, constructor, parameters: ['message'] }))
]);

const make = js => new Function('Point', 'Account', 'NotFound', 'BadRequest', `return (${js});`)(
    Point, Account, errors.NotFound, errors.BadRequest);

export async function serializeCase(js) {
    return JSON.stringify(serialize(make(js), registry, { includeStack: false }));
}

export async function roundTrip(wire) {
    return JSON.stringify(serialize(deserialize(JSON.parse(wire), registry), registry, { includeStack: false }));
}

export async function rebuildsWorkingValues() {
    const data = serialize({ p: new Point(3, 4), a: new Account('ada', 'x'), e: new errors.NotFound('gone'),
        m: new Map([[1, 'one']]), t: new Uint8Array([7]) }, registry);
    const back = deserialize(JSON.parse(JSON.stringify(data)), registry);
    return {
        pointLength: back.p.length(), isPoint: back.p instanceof Point, secret: back.a.secret,
        notFound: back.e instanceof errors.NotFound, message: back.e.message, mapGet: back.m.get(1), byte: back.t[0]
    };
}

export async function rejects(wire) {
    try {
        deserialize(JSON.parse(wire), registry);
        return 'accepted';
    } catch (error) {
        return `${error.name}: ${error.message}`;
    }
}

export async function cyclic() {
    const a = {};
    a.self = a;
    try {
        serialize({ list: [a] }, registry);
        return 'serialized';
    } catch (error) {
        return error.message;
    }
}

/** A message as a node reads it (parseJson, then deserialize): 'accepted' or the refusal, 'Name: message'. */
export async function decodes(text) {
    try {
        deserialize(parseJson(text), registry);
        return 'accepted';
    } catch (error) {
        return `${error.name}: ${error.message}${error instanceof TypeError ? '' : ' (not a TypeError)'}`;
    }
}

/**
 * A TypedArray envelope of n bytes made here (64 MiB of bytes is too much text to send in): zeros,
 * or with filled false an array of n holes, which only the length check may look at.
 */
export async function decodesBytes(n, filled) {
    const bytes = filled ? new Array(n).fill(0) : new Array(n);
    try {
        return deserialize({ serialized: true, name: 'TypedArray', type: 'Uint8Array', bytes }, registry).length;
    } catch (error) {
        return `${error.name}: ${error.message}`;
    }
}

export async function limits() {
    return JSON.stringify(LIMITS);
}

/** After refused __proto__ keys, Object.prototype is as it was. */
export async function prototypeUntouched() {
    for (const text of ['{"__proto__":{"admin":true}}', '{"a":{"serialized":true,"name":"Set","values":[{"__proto__":{"admin":true}}]}}']) {
        try {
            deserialize(parseJson(text), registry);
        } catch {
            // refused, as it should be
        }
    }
    return ({}).admin === undefined && !Object.hasOwn(Object.prototype, 'admin');
}
