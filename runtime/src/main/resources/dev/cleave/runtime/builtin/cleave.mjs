// Cleave's built-in module. Application code imports it as 'cleave' or, unchanged from Jitar, as 'jitar'.
//
// The error classes map to HTTP statuses when they cross the wire; a subclass maps like its base
// class because `status` is a static property and static properties are inherited.

function defineError(name, status, defaultMessage) {
    const ErrorClass = {
        [name]: class extends Error {
            constructor(message = defaultMessage, options) {
                super(message, options);
            }
        }
    }[name];
    Object.defineProperty(ErrorClass.prototype, 'name', { value: name, writable: true, configurable: true });
    Object.defineProperty(ErrorClass, 'status', { value: status, enumerable: false });
    return ErrorClass;
}

export const BadRequest = defineError('BadRequest', 400, 'Bad request');
export const Unauthorized = defineError('Unauthorized', 401, 'Unauthorized');
export const PaymentRequired = defineError('PaymentRequired', 402, 'Payment required');
export const Forbidden = defineError('Forbidden', 403, 'Forbidden');
export const NotFound = defineError('NotFound', 404, 'Not found');
export const Teapot = defineError('Teapot', 418, "I'm a teapot");
export const ServerError = defineError('ServerError', 500, 'Server error');
export const NotImplemented = defineError('NotImplemented', 501, 'Not implemented');

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
