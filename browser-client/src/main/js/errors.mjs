// Jitar's error classes, the same in the browser and on the server (the runtime's built-in module
// 'cleave' re-exports this file). On the wire they are class envelopes with the key 'cleave:<Name>'.
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
/** Cleave's, not Jitar's: too many calls in a while (429), e.g. wrong passwords. */
export const TooManyRequests = defineError('TooManyRequests', 429, 'Too many requests');
export const ServerError = defineError('ServerError', 500, 'Server error');
export const NotImplemented = defineError('NotImplemented', 501, 'Not implemented');
