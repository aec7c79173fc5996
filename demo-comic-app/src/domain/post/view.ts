// bff: one post with its reactions.
import getById from './getById';
import findRecent from './findRecent';
import aggregate from './aggregate';
import requireRequester from '../authentication/requireRequester';
import { PostNotFound } from '../errors';
import type { PostView, Requester } from '../types';

export default async function view(postId: string, requester: Requester | null = null): Promise<{ post: PostView, parentId: string, reactions: PostView[] }> {
    const me = requireRequester(requester);
    const post = await getById(String(postId));
    if (post === null || post.removed) throw new PostNotFound();
    const [[shown], reactions] = await Promise.all([
        aggregate([post], me), findRecent({ parentId: post.id }, 100, 0).then(found => aggregate(found, me))]);
    return { post: shown, parentId: post.parentId, reactions };
}
