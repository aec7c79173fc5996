// bff: stops following a creator.
import unfollow from './unfollow';
import requireRequester from '../authentication/requireRequester';
import type { Requester } from '../types';

export default async function unfollowCreator(requester: Requester | null, creatorId: string): Promise<boolean> {
    await unfollow(requireRequester(requester).id, String(creatorId));
    return false;
}
