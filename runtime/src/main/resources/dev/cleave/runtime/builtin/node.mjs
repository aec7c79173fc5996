// 'cleave/node': how a node runs one procedure call. The node (Java) has already found the
// procedure, picked its version and checked access; here the arguments are decoded, the server
// middleware runs, the arguments are bound to parameters by name, the procedure runs, and the
// outcome is encoded for HTTP.
import * as cleave from './cleave.mjs';
import { serialize, deserialize, createRegistry, parseJson, decodePlain, SerializedDataError } from './serializer.mjs';

const { BadRequest, Request, Response } = cleave;

const INJECTED = '*';
const REST = '...';

/**
 * Binds named arguments to a procedure's parameters. A parameter is {name, optional, rest,
 * pattern ('object' | 'array'), keys}: a destructured parameter takes its keys from the arguments.
 * An argument '*name' (set by middleware) wins over 'name'. Unknown arguments are refused.
 */
export function bindArguments(parameters, args) {
    const used = new Set([...args.keys()].filter(name => name.startsWith(INJECTED)));
    const take = name => {
        used.add(name);
        const injected = INJECTED + name;
        if (args.has(injected)) return { found: true, value: args.get(injected) };
        return { found: args.has(name), value: args.get(name) };
    };
    const values = [];
    for (const parameter of parameters) {
        if (parameter.rest) {
            const name = REST + parameter.name;
            used.add(name);
            const rest = args.get(name) ?? [];
            if (!Array.isArray(rest)) throw new BadRequest(`Value for rest parameter '${parameter.name}' must be an array`);
            values.push(...rest);
        } else if (parameter.pattern) {
            values.push(destructured(parameter, take));
        } else {
            const { found, value } = take(parameter.name);
            if (!found && !parameter.optional) throw new BadRequest(`Missing value for parameter '${parameter.name}'`);
            values.push(found ? value : undefined);
        }
    }
    for (const name of args.keys()) {
        if (!used.has(name)) throw new BadRequest(`Unknown parameter '${name}'`);
    }
    return values;
}

function destructured(parameter, take) {
    const entries = parameter.keys.map(key => [key, take(key)]);
    if (!parameter.optional) {
        const missing = entries.find(([, { found }]) => !found);
        if (missing) throw new BadRequest(`Missing value for parameter '${missing[0]}'`);
    }
    if (entries.every(([, { found }]) => !found)) return undefined;
    return parameter.pattern === 'array'
        ? entries.map(([, { value }]) => value)
        : Object.fromEntries(entries.filter(([, { found }]) => found).map(([key, { value }]) => [key, value]));
}

/**
 * A caller's arguments: a JSON object body, or query parameters (repeated keys become arrays).
 * None may be named '*name' (see refuseInjected). A body past the decoder's limits (depth, values,
 * refused keys; with the serialized encoding also each envelope's) is a BadRequest (400) carrying
 * the SerializedDataError's message.
 */
export function decodeArguments(payload, serialized, registry) {
    if (payload.query) {
        const args = new Map();
        for (const [name, value] of payload.query) {
            args.set(name, args.has(name) ? [].concat(args.get(name), value) : value);
        }
        return refuseInjected(args);
    }
    if (!payload.body || payload.body.trim() === '') return new Map();
    let data;
    try {
        data = parseJson(payload.body);
    } catch (error) {
        throw error instanceof SerializedDataError ? refused(error) : new BadRequest(`The request body is not valid JSON: ${error.message}`);
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new BadRequest('The request body must be a JSON object of named arguments');
    }
    try {
        data = serialized ? deserialize(data, registry) : decodePlain(data);
    } catch (error) {
        throw error instanceof SerializedDataError ? refused(error) : error;
    }
    return refuseInjected(new Map(Object.entries(data)));
}

function refused(error) {
    return new BadRequest(error.message, { cause: error });
}

/**
 * The arguments, refused when one is named '*name': such arguments are set only by server
 * middleware (e.g. '*requester' from a session), so a caller that sends one tries to choose what
 * the server decides.
 */
function refuseInjected(args) {
    for (const name of args.keys()) {
        if (name.startsWith(INJECTED)) {
            throw new BadRequest(`Argument '${name}' is refused: arguments whose name starts with '${INJECTED}'`
                + ` are set only by the server's middleware; send '${name.slice(INJECTED.length)}' instead`);
        }
    }
    return args;
}

/** Runs the middleware chain (outermost first) around the procedure; returns a Response. */
export async function run(procedure, request, middleware) {
    const final = async () => {
        const values = bindArguments(procedure.parameters, request.args);
        if (request.mode === 'dry') return new Response(200, undefined);
        return new Response(200, await procedure.call(...values));
    };
    const next = index => index === middleware.length
        ? final()
        : Promise.resolve(middleware[index].handle(request, () => next(index + 1)));
    return next(0);
}

/** The HTTP status of an error: its class's (inherited) static status, else 500. */
export function statusOf(error) {
    const status = error?.constructor?.status;
    return Number.isInteger(status) ? status : 500;
}

/** The logical content type of a result, as Jitar sends it in x-jitar-content-type. */
export function contentTypeOf(result) {
    if (result === undefined) return 'application/undefined';
    if (result === null) return 'application/null';
    switch (typeof result) {
        case 'string': return 'text/plain';
        case 'boolean': return 'application/boolean';
        case 'number': case 'bigint': return 'application/number';
        default: return 'application/json';
    }
}

/** Encodes a result or an error for HTTP: {status, headers, contentType, body}. */
export function encode(status, value, headers, serialized, registry, isError) {
    const out = { status, headers: Object.fromEntries(headers ?? []), contentType: contentTypeOf(value), body: '' };
    if (serialized) {
        out.contentType = isError ? 'application/json' : out.contentType;
        const data = serialize(value, registry, { includeStack: false });
        out.body = data === undefined ? '' : JSON.stringify(data);
    } else if (isError) {
        out.contentType = 'text/plain';
        out.body = String(value?.message ?? value);
    } else if (out.contentType === 'application/json') {
        out.body = JSON.stringify(value);
    } else if (value !== undefined && value !== null) {
        out.body = String(value);
    } else {
        out.body = value === null ? 'null' : '';
    }
    return out;
}

/**
 * Handles one HTTP call: {fqn, version, headers (object), payload ({body} | {query}), serialized,
 * dryRun, internal}, with the procedure {call, parameters}, the middleware objects and the class
 * registry. An outside call (not internal) gets an unexpected error as a generic ServerError with
 * a reference that the log has (see hidden).
 */
export async function handle(call, procedure, middleware, registry) {
    try {
        const args = decodeArguments(call.payload, call.serialized, registry);
        const headers = new Map(Object.entries(call.headers).map(([k, v]) => [k.toLowerCase(), v]));
        const request = new Request(call.fqn, call.version, args, headers, call.dryRun ? 'dry' : 'normal');
        const response = await run(procedure, request, middleware);
        return encode(response.status ?? 200, response.result, response.headers, call.serialized, registry, false);
    } catch (error) {
        const answered = call.internal || meantForCallers(error, registry) ? error : hidden(error, call.fqn);
        return encode(statusOf(answered), answered, undefined, call.serialized, registry, true);
    }
}

/**
 * Whether an error is one the app meant its callers to see: one of the error classes (or a
 * subclass), or a class the release registered. Anything else (a TypeError, a plain Error, a
 * thrown string) is a fault of the server, whose text may tell an attacker how it is built.
 */
function meantForCallers(error, registry) {
    return error instanceof Error && (statusOf(error) !== 500 || error instanceof cleave.ServerError
        || registry.byClass(error.constructor) !== undefined);
}

/** A generic ServerError for an outside caller; the error itself is logged under the same reference. */
function hidden(error, fqn) {
    const reference = crypto.randomUUID().slice(0, 8);
    const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : error;
    console.error(`Unexpected error (reference ${reference}) in procedure '${fqn}':`, stack);
    return new cleave.ServerError(`Server error (reference ${reference})`);
}

/**
 * The class registry of a node: the release's registered classes ({key, constructor, parameters})
 * and Cleave's error classes under the keys 'cleave:<Name>'.
 */
export function createNodeRegistry(classes) {
    const builtins = Object.entries(cleave).filter(([, value]) => value.prototype instanceof Error)
        .map(([name, constructor]) => ({ key: `cleave:${name}`, constructor, parameters: ['message'] }));
    return createRegistry([...builtins, ...classes]);
}

/**
 * The transport of 'cleave/remote' on a node: a procedure this node hosts runs right here, in the
 * same realm, with no serialization. lookup(fqn, version) gives {call, parameters} or null. Any
 * other procedure goes through remote(fqn, version, argumentsJson) of the node (null outside a
 * cluster), serialized with the node's registry; it answers a promise of {status, body} or null
 * when no node hosts the procedure.
 */
export function createLocalRun(lookup, remote, registry) {
    return async function run(fqn, version, args) {
        const procedure = lookup(fqn, version);
        if (procedure) {
            return procedure.call(...bindArguments(procedure.parameters, new Map(Object.entries(args ?? {}))));
        }
        const pending = remote ? remote(fqn, version, JSON.stringify(serialize(args ?? {}, registry))) : null;
        if (!pending) {
            throw new cleave.NotImplemented(`Procedure '${fqn}' (version ${version}) is not hosted on this node`
                + (remote ? ' nor on any other member of the cluster' : ''));
        }
        let outcome;
        try {
            outcome = await pending;
        } catch (message) {
            throw new cleave.ServerError(String(message));
        }
        const value = answerOf(fqn, outcome, registry);
        if (outcome.status >= 400) {
            throw value instanceof Error ? value : new cleave.ServerError(String(value?.message ?? value));
        }
        return value;
    };
}

/**
 * The value of another member's answer. An answer the decoder refuses (or that is not JSON) fails
 * the call as a ServerError: it is the cluster's fault, not the caller's, so never a 400.
 */
function answerOf(fqn, outcome, registry) {
    if (outcome.body === '') return undefined;
    try {
        return deserialize(parseJson(outcome.body), registry);
    } catch (error) {
        throw new cleave.ServerError(`The answer of another member to '${fqn}' was refused: ${error.message}`, { cause: error });
    }
}

/** Runs a health check module's default export; false on an error or after its timeout (ms). */
export async function checkHealth(check, defaultTimeout) {
    const timeout = Number.isFinite(check.timeout) ? check.timeout : defaultTimeout;
    let timer;
    const late = new Promise(resolve => { timer = setTimeout(() => resolve(false), timeout); });
    try {
        return (await Promise.race([Promise.resolve().then(() => check.isHealthy()), late])) === true;
    } catch {
        return false;
    } finally {
        clearTimeout(timer);
    }
}
