import { BadRequest, Unauthorized, PaymentRequired, Forbidden, NotFound, Teapot, NotImplemented, ServerError } from 'jitar';
import { TooManyRequests } from 'cleave';
import OutOfStock from './OutOfStock';

const errors: Record<string, () => Error> = {
    BadRequest: () => new BadRequest('bad'),
    Unauthorized: () => new Unauthorized('who are you'),
    PaymentRequired: () => new PaymentRequired('pay first'),
    Forbidden: () => new Forbidden('not you'),
    NotFound: () => new NotFound('nowhere'),
    Teapot: () => new Teapot('short and stout'),
    TooManyRequests: () => new TooManyRequests('slow down'),
    NotImplemented: () => new NotImplemented('later'),
    ServerError: () => new ServerError('oops'),
    TypeError: () => new TypeError('not a function'),
    OutOfStock: () => new OutOfStock('apples'),
};

/** Throws the error named by kind. */
export default async function fail(kind: string): Promise<never> {
    throw errors[kind]();
}
