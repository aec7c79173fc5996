// bff: follows a creator.
import follow from './follow';
import requireRequester from '../authentication/requireRequester';
import type { Requester } from '../types';

export default async function followCreator(creatorId: string, requester: Requester | null = null): Promise<boolean> {
    await follow(requireRequester(requester).id, String(creatorId));
    return true;
}
