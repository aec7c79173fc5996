import { handle, createLocalRun, statusOf } from 'cleave/node';
import { createRegistry } from 'cleave/serializer';
import * as cleave from 'cleave';

class Point {
    constructor(x, y) { this.x = x; this.y = y; }
}

const registry = createRegistry([
    { key: 'geo/Point', constructor: Point, parameters: ['x', 'y'] },
    ...Object.entries(cleave).filter(([, c]) => c.prototype instanceof Error)
        .map(([name, constructor]) => ({ key: `cleave:${name}`, constructor, parameters: ['message'] }))
]);

const procedures = {
    greet: { parameters: [{ name: 'name' }, { name: 'greeting', optional: true }],
             call: async (name, greeting = 'Hello') => `${greeting}, ${name}!` },
    sum: { parameters: [{ name: 'first' }, { name: 'numbers', rest: true }],
           call: async (first, ...numbers) => numbers.reduce((a, b) => a + b, first) },
    area: { parameters: [{ name: 'size', pattern: 'object', keys: ['width', 'height'] }, { name: 'pair', pattern: 'array', keys: ['a', 'b'], optional: true }],
            call: async ({ width, height }, pair) => ({ area: width * height, pair: pair ?? null }) },
    whoAmI: { parameters: [{ name: 'requester' }], call: async requester => requester },
    kinds: { parameters: [{ name: 'kind' }],
             call: async kind => ({ text: 'plain', number: 42, yes: true, nothing: null, none: undefined, object: { a: [1] } })[kind] },
    fail: { parameters: [{ name: 'how' }], call: async how => {
        if (how === 'notFound') throw new cleave.NotFound('no such post');
        if (how === 'custom') throw new (class Taken extends cleave.BadRequest {})('nickname taken');
        if (how === 'type') throw new TypeError('undefined is not a function');
        if (how === 'server') throw new cleave.ServerError('the disk is full');
        if (how === 'plain') throw new Error('db password is hunter2');
        throw 'a bare string';
    } },
    point: { parameters: [{ name: 'p' }], call: async p => new Point(p.x * 2, p.y * 2) },
    echo: { parameters: [{ name: 'value' }], call: async value => value }
};

const middleware = {
    trace: { async handle(request, next) {
        const response = await next();
        response.setHeader('X-Trace', `${request.fqn}@${request.version}`);
        return response;
    } },
    auth: { async handle(request, next) {
        request.setArgument('*requester', request.getHeader('Authorization') ?? 'anonymous');
        return next();
    } },
    redirect: { async handle(request, next) {
        const response = await next();
        response.setHeader('Location', '/login');
        return response;
    } }
};

export async function call(fqn, payload, options = {}) {
    const request = {
        fqn, version: '1.0.0', headers: options.headers ?? {}, payload,
        serialized: options.serialized === true, dryRun: options.dryRun === true, internal: options.internal === true
    };
    return handle(request, procedures[fqn], (options.middleware ?? []).map(name => middleware[name]), registry);
}

/** A call to a procedure of another member whose answer is {status, body}: what the caller gets. */
export async function remoteAnswer(status, body) {
    const run = createLocalRun(() => null, () => Promise.resolve({ status, body }), registry);
    try {
        return { value: String(await run('other/thing', '1.0.0', {})) };
    } catch (error) {
        return { name: error.name, message: error.message, status: statusOf(error) };
    }
}
