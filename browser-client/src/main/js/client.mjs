// A client of Cleave's (and Jitar's) HTTP API: runs procedures of the server over fetch.
//
// run(fqn, version, args) serializes the named arguments, runs the client middleware around the
// request, sends POST /rpc/<fqn> through a bounded pool, and decodes the answer. An error answer
// is rebuilt as its class (a NotFound thrown on the server is a NotFound here) and carries the
// HTTP status; when the server cannot be reached the error names the URL and the procedure. An
// answer past the decoder's limits (decoder.mjs) is refused: run rejects with its SerializedDataError.
import { serialize, deserialize, createRegistry, parseJson, SerializedDataError } from './serializer.mjs';
import * as errors from './errors.mjs';
import { Request, Response } from './request.mjs';
import { Pool } from './pool.mjs';

export const DEFAULT_MAX_CONCURRENT = 6;

const JITAR_CLASSES = Object.entries(errors)
    .map(([name, constructor]) => ({ key: `cleave:${name}`, constructor, parameters: ['message'] }));

/** The server could not be reached (down, wrong URL, network): no HTTP answer at all. */
export class ServerUnreachable extends Error {
    constructor(message, { url, fqn, cause } = {}) {
        super(message, { cause });
        this.url = url;
        this.fqn = fqn;
    }
}
Object.defineProperty(ServerUnreachable.prototype, 'name', { value: 'ServerUnreachable', writable: true, configurable: true });

/**
 * A client with its own settings and pool. Options (all optional, see configure): baseUrl
 * (default: the page's origin), middleware (objects with handle(request, next), outermost first),
 * maxConcurrent (default 6), classes ({key, constructor, parameters} of the app's registered classes).
 */
export function createClient(options = {}) {
    let settings = settle({}, options);
    const pool = new Pool(settings.maxConcurrent);

    return {
        /** Changes the settings named in options; the others stay as they were. */
        configure(changes = {}) {
            settings = settle(settings, changes);
            pool.resize(settings.maxConcurrent);
        },
        /** Runs a procedure on the server; resolves with its result or rejects with its error. */
        async run(fqn, version = '0.0.0', args = {}, callOptions = {}) {
            const current = settings;
            const request = new Request(fqn, version, new Map(Object.entries(args ?? {})), headersOf(callOptions));
            const send = () => pool.run(() => exchange(current, request, callOptions?.signal));
            const chain = index => index === current.middleware.length
                ? send()
                : Promise.resolve(current.middleware[index].handle(request, () => chain(index + 1)));
            const response = await chain(0);
            if (typeof response?.status !== 'number') {
                throw new TypeError(`A client middleware gave no Response for '${fqn}': handle(request, next) must return what next() resolves with, or a Response of its own`);
            }
            if (response.status >= 400) throw asError(response.result, response.status);
            return response.result;
        },
        /** Requests being sent now and requests waiting for a free place in the pool. */
        load: () => ({ active: pool.active, queued: pool.queued })
    };
}

function settle(old, changes) {
    const known = ['baseUrl', 'middleware', 'maxConcurrent', 'classes'];
    const unknown = Object.keys(changes).filter(key => !known.includes(key));
    if (unknown.length > 0) {
        throw new TypeError(`Unknown client option '${unknown[0]}'; the options are ${known.join(', ')}`);
    }
    const next = { ...old };
    if ('baseUrl' in changes) next.baseUrl = changes.baseUrl == null ? undefined : new URL(changes.baseUrl).href.replace(/\/+$/, '');
    if ('middleware' in changes || !old.middleware) next.middleware = checkMiddleware(changes.middleware ?? []);
    if ('maxConcurrent' in changes || !old.maxConcurrent) next.maxConcurrent = checkLimit(changes.maxConcurrent ?? DEFAULT_MAX_CONCURRENT);
    if ('classes' in changes || !old.registry) next.registry = createRegistry([...JITAR_CLASSES, ...(changes.classes ?? [])]);
    return next;
}

function checkMiddleware(list) {
    if (!Array.isArray(list)) throw new TypeError('middleware must be an array of objects with handle(request, next)');
    list.forEach((item, i) => {
        if (typeof item?.handle !== 'function') throw new TypeError(`middleware ${i} has no handle(request, next) method`);
    });
    return [...list];
}

function checkLimit(limit) {
    if (!Number.isInteger(limit) || limit < 1) throw new TypeError(`maxConcurrent must be a whole number of at least 1, was ${limit}`);
    return limit;
}

function headersOf(callOptions) {
    const headers = new Map();
    const given = callOptions?.headers;
    if (given && typeof given === 'object') {
        const entries = typeof given.entries === 'function' ? [...given.entries()] : Object.entries(given);
        for (const [name, value] of entries) headers.set(String(name).toLowerCase(), String(value));
    }
    return headers;
}

function endpoint(settings, fqn) {
    const base = settings.baseUrl ?? globalThis.location?.origin;
    if (!base || base === 'null') {
        throw new TypeError(`No server to run '${fqn}' on: there is no page origin here, so call configure({ baseUrl: 'http://host:port' }) first`);
    }
    return `${base.replace(/\/+$/, '')}/rpc/${String(fqn).split('/').map(encodeURIComponent).join('/')}`;
}

async function exchange(settings, request, signal) {
    const url = endpoint(settings, request.fqn);
    const headers = {
        ...Object.fromEntries(request.headers),
        'content-type': 'application/json',
        'x-jitar-data-encoding': 'serialized',
        'x-jitar-procedure-version': String(request.version)
    };
    const body = JSON.stringify(serialize(Object.fromEntries(request.args), settings.registry, { includeStack: false }));
    let answer, text;
    try {
        answer = await fetch(url, { method: 'POST', headers, body, signal });
        text = await answer.text();
    } catch (cause) {
        if (cause?.name === 'AbortError' || signal?.aborted) throw cause;
        throw unreachable(url, request, cause);
    }
    const responseHeaders = new Map();
    answer.headers.forEach((value, name) => responseHeaders.set(name.toLowerCase(), value));
    const result = answer.status >= 400
        ? decodeError(answer, text, settings.registry)
        : decode(answer, text, settings.registry, request.fqn);
    return new Response(answer.status, result, responseHeaders);
}

function unreachable(url, request, cause) {
    const detail = [cause?.message, cause?.cause?.message ?? cause?.cause].filter(Boolean).join(': ');
    return new ServerUnreachable(`Cannot reach the server at ${url} to run '${request.fqn}' (version ${request.version})`
        + `${detail ? `: ${detail}` : ''}. Is the node running, and is baseUrl right?`, { url, fqn: request.fqn, cause });
}

function isJson(answer) {
    return (answer.headers.get('content-type') ?? '').includes('json');
}

/** A successful answer: JSON (always, with the serialized encoding), else by x-jitar-content-type. */
function decode(answer, text, registry, fqn) {
    const logical = answer.headers.get('x-jitar-content-type') ?? '';
    if (isJson(answer) || logical === 'application/json') {
        if (text.trim() === '') return undefined;
        let data;
        try {
            data = parseJson(text);
        } catch (problem) {
            if (problem instanceof SerializedDataError) throw problem;
            throw new errors.ServerError(`The answer to '${fqn}' is not valid JSON: ${problem.message}`);
        }
        return deserialize(data, registry);
    }
    switch (logical) {
        case 'application/undefined': return undefined;
        case 'application/null': return null;
        case 'application/boolean': return text.trim() === 'true';
        case 'application/number': return Number(text);
        default: return text;
    }
}

/**
 * An error answer: the error it carries, rebuilt as its class when that class is known here. One
 * the decoder refuses is refused like a successful answer (the SerializedDataError is thrown).
 */
function decodeError(answer, text, registry) {
    if (!isJson(answer) || text.trim() === '') return text;
    let data;
    try {
        data = parseJson(text);
    } catch (problem) {
        if (problem instanceof SerializedDataError) throw problem;
        return text;
    }
    if (data?.serialized === true && data.name === 'class' && !registry.byKey(data.key)) return unregistered(data);
    return deserialize(data, registry);
}

/**
 * An error whose class is not registered here: an Error named like the class, with its first
 * constructor argument as the message (Jitar's convention for errors).
 */
function unregistered(data) {
    const key = typeof data?.key === 'string' ? data.key : undefined;
    const first = data?.args?.['0'];
    const error = new Error(typeof first === 'string' ? first
        : typeof data?.message === 'string' ? data.message
            : `${key ?? 'an error'} (its class is not registered in the browser)`);
    if (key) error.name = key.split(/[/:]/).pop();
    return error;
}

/** What run throws for an error status: the error itself, else an Error with the value as message; with a status. */
function asError(value, status) {
    const error = value instanceof Error
        ? value
        : new Error(value === undefined || value === '' ? `The server answered with status ${status}` : String(value));
    if (!Object.hasOwn(error, 'status')) {
        Object.defineProperty(error, 'status', { value: status, writable: true, configurable: true, enumerable: false });
    }
    return error;
}
