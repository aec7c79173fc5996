// bff: removes one of the requester's posts.
import remove from './remove';
import requireRequester from '../authentication/requireRequester';
import type { Requester } from '../types';

export default async function removeOwn(requester: Requester | null, postId: string): Promise<boolean> {
    return remove(requireRequester(requester).id, String(postId));
}
