// bff: likes or unlikes a post.
import toggle from './toggle';
import requireRequester from '../authentication/requireRequester';
import type { Requester } from '../types';

export default async function toggleLike(postId: string, requester: Requester | null = null): Promise<{ liked: boolean, likes: number }> {
    return toggle(requireRequester(requester).id, String(postId));
}
