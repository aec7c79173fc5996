// bff: follows a creator.
import follow from './follow';
import requireRequester from '../authentication/requireRequester';
import type { Requester } from '../types';

export default async function followCreator(requester: Requester | null, creatorId: string): Promise<boolean> {
    await follow(requireRequester(requester).id, String(creatorId));
    return true;
}
