// bff: ends the requester's sessions.
import removeSessions from '../session/remove';
import requireRequester from './requireRequester';
import type { Requester } from '../types';

export default async function logout(requester: Requester | null = null): Promise<boolean> {
    await removeSessions(requireRequester(requester).id);
    return true;
}
