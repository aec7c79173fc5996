// Shared: the requester of a bff call, or NotLoggedIn when the call came without a valid session.
import { NotLoggedIn } from '../errors';
import type { Requester } from '../types';

export default function requireRequester(requester: Requester | null | undefined): Requester {
    if (!requester || typeof requester.id !== 'string') throw new NotLoggedIn();
    return requester;
}
