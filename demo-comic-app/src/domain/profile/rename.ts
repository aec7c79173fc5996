// bff: changes the requester's display name.
import updateFullName from '../creator/updateFullName';
import requireRequester from '../authentication/requireRequester';
import type { Creator, Requester } from '../types';

export default async function rename(fullName: string, requester: Requester | null = null): Promise<Creator> {
    return updateFullName(requireRequester(requester).id, fullName);
}
