// bff: removes one of the requester's posts.
import remove from './remove';
import requireRequester from '../authentication/requireRequester';
import type { Requester } from '../types';

export default async function removeOwn(postId: string, requester: Requester | null = null): Promise<boolean> {
    return remove(requireRequester(requester).id, String(postId));
}
