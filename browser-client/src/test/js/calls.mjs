// Drives the browser client against the fake node of BrowserClientTest and reports what it saw
// as plain data.
import * as browser from '../../main/js/index.mjs';
import { classes, make, Point } from './classes.mjs';

const base = port => `http://127.0.0.1:${port}`;
const client = (port, options = {}) => browser.createClient({ baseUrl: base(port), classes, ...options });

async function failure(promise) {
    try {
        return { resolved: await promise };
    } catch (error) {
        return error;
    }
}

/** What the node received for one call made through the page's client (configure and __run). */
export async function request(port) {
    browser.configure({ baseUrl: `${base(port)}/` });
    return browser.__run('inspect/request', '1.2.0', { when: new Date(0), tags: new Set(['a']) },
        { headers: { 'X-Trace': 'abc' } });
}

/** Sends the value of a fixture's expression and returns what came back, serialized again. */
export async function echo(port, js) {
    const back = await client(port).run('echo/value', '0.0.0', { value: make(js) });
    return JSON.stringify(browser.serialize(back, browser.createRegistry([...classes,
        ...Object.entries(browser).filter(([, c]) => c?.prototype instanceof Error && c !== browser.ServerUnreachable)
            .map(([name, constructor]) => ({ key: `cleave:${name}`, constructor, parameters: ['message'] }))]),
        { includeStack: false }));
}

export async function pointWorks(port) {
    const back = await client(port).run('echo/value', '0.0.0', { value: new Point(3, 4) });
    return { isPoint: back instanceof Point, length: back.length() };
}

/** Each plain answer of the node decoded by its x-jitar-content-type. */
export async function plainAnswers(port) {
    const c = client(port);
    const result = {};
    for (const kind of ['number', 'boolean', 'null', 'undefined', 'text', 'json']) {
        const value = await c.run(`plain/${kind}`);
        result[kind] = value === undefined ? 'undefined' : value === null ? 'null' : value;
    }
    return result;
}

/** For each kind of error thrown on the server: its class, message and status as the browser sees them. */
export async function errors(port, kinds) {
    const c = client(port);
    const result = {};
    for (const kind of kinds) {
        const error = await failure(c.run('stock/fail', '0.0.0', { kind }));
        const own = Object.hasOwn(browser, kind) ? browser[kind] : undefined;
        result[kind] = {
            isError: error instanceof Error,
            isClass: own ? error instanceof own : false,
            name: error.name,
            message: error.message,
            status: error.status,
            classStatus: error.constructor.status ?? null
        };
    }
    return result;
}

/** Middleware adds a bearer token; on a 401 it renews the token once and tries again. */
export async function middleware(port) {
    const log = [];
    let token = 'stale';
    const auth = {
        async handle(request, next) {
            request.setHeader('Authorization', `Bearer ${token}`);
            let response = await next();
            if (response.status === 401) {
                log.push(`401: ${response.result.message}`);
                token = 'fresh';
                request.setHeader('Authorization', `Bearer ${token}`);
                response = await next();
            }
            return response;
        }
    };
    const timing = {
        async handle(request, next) {
            log.push(`before ${request.fqn}`);
            const response = await next();
            log.push(`after ${response.status}`);
            return response;
        }
    };
    const secret = await client(port, { middleware: [timing, auth] }).run('account/secret');
    const refused = await failure(client(port).run('account/secret'));
    return { secret, log, refused: `${refused.name} ${refused.status} ${refused instanceof browser.Unauthorized}` };
}

/** Starts `count` calls at once with at most `limit` in flight; the node counts how many it held at once. */
export async function pool(port, count, limit) {
    const c = client(port, { maxConcurrent: limit });
    const calls = [];
    for (let i = 0; i < count; i++) calls.push(c.run('pool/hold', '0.0.0', { i, of: count }));
    const load = c.load();
    const results = await Promise.all(calls);
    return { results, queuedAtStart: load.queued, activeAtStart: load.active, after: c.load() };
}

export async function serverDown(port) {
    const error = await failure(client(port).run('orders/placeOrder', '0.0.0', { id: 1 }));
    return { name: error.name, message: error.message, unreachable: error instanceof browser.ServerUnreachable };
}

export async function noOrigin() {
    const error = await failure(browser.createClient().run('orders/placeOrder'));
    return error.message;
}

export async function badOption() {
    try {
        browser.configure({ baseURL: 'http://x' });
        return 'accepted';
    } catch (error) {
        return error.message;
    }
}

/** A call whose signal is aborted rejects with the AbortError of fetch, not as an unreachable server. */
export async function aborted(port) {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(client(port).run('echo/value', '0.0.0', { value: 1 }, { signal: controller.signal }));
    return { name: error.name, unreachable: error instanceof browser.ServerUnreachable };
}

/** A middleware that forgets to return the response. */
export async function forgetfulMiddleware(port) {
    const forgetful = { async handle(request, next) { await next(); } };
    const error = await failure(client(port, { middleware: [forgetful] }).run('echo/value', '0.0.0', { value: 1 }));
    return error.message;
}

/** The node answers `text` with `status`: what the client's run rejects with. */
export async function refusedAnswer(port, status, text) {
    const error = await failure(client(port).run('raw/answer', '0.0.0', { status, text }));
    return { name: error.name, message: error.message, refused: error instanceof browser.SerializedDataError,
        typeError: error instanceof TypeError };
}
