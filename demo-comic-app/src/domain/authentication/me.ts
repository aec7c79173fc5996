// bff: the logged-in creator, or null when the session is missing or expired.
import getById from '../creator/getById';
import type { Creator, Requester } from '../types';

export default async function me(requester: Requester | null = null): Promise<Creator | null> {
    return requester ? getById(requester.id) : null;
}
