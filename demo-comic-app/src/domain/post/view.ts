// bff: one post with its first 100 reactions, oldest first.
import getViews from './getViews';
import findPage from './findPage';
import requireRequester from '../authentication/requireRequester';
import { PostNotFound } from '../errors';
import type { PostView, Requester } from '../types';

const REACTIONS_SHOWN = 100;

export default async function view(postId: string, requester: Requester | null = null): Promise<{ post: PostView, parentId: string, reactions: PostView[] }> {
    const me = requireRequester(requester);
    const id = String(postId ?? '').slice(0, 100);
    const [[shown], reactions] = await Promise.all([getViews([id], me.id), findPage({ parentId: id }, REACTIONS_SHOWN, '', me.id)]);
    if (shown === undefined || shown.post.removed) throw new PostNotFound();
    return { post: shown, parentId: shown.post.parentId, reactions: reactions.posts };
}
