import { serialize, deserialize, createRegistry } from 'cleave/serializer';
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
