// Cleave's built-in module. Application code imports it as 'cleave' or, unchanged from Jitar, as 'jitar'.
//
// errors.mjs and request.mjs are browser-client's files, copied here by the build, so the browser
// and the server have the same error classes and the same middleware types.

export * from './errors.mjs';
export { Request, Response } from './request.mjs';

const CONTEXT = Symbol.for('cleave.context');

/**
 * The context of the request the running procedure serves, however many nodes it crossed:
 * { headers (a Map, names in lower case), traceId, deadline (epoch milliseconds) }. On a call that
 * did not come from a request: empty headers, traceId undefined, deadline undefined.
 */
export function requestContext() {
    const current = globalThis[CONTEXT];
    const context = typeof current === 'function' ? current() : null;
    if (!context || !context.request) return { headers: new Map(), traceId: undefined, deadline: undefined };
    const headers = new Map(Object.entries(context.headers));
    return { headers, traceId: headers.get('x-cleave-trace-id'), deadline: context.deadline };
}
