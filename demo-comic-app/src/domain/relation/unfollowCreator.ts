// bff: stops following a creator.
import unfollow from './unfollow';
import requireRequester from '../authentication/requireRequester';
import type { Requester } from '../types';

export default async function unfollowCreator(creatorId: string, requester: Requester | null = null): Promise<boolean> {
    await unfollow(requireRequester(requester).id, String(creatorId));
    return false;
}
