// bff: posts a text comment, on its own or as a reaction to another post.
import createPost from './create';
import getViews from './getViews';
import requireRequester from '../authentication/requireRequester';
import { InvalidComment } from '../errors';
import { COMMENT_MAX } from '../limits';
import type { PostView, Requester } from '../types';

export default async function publishComment(text: string, parentId = '', requester: Requester | null = null): Promise<PostView> {
    const me = requireRequester(requester);
    const clean = String(text ?? '').trim();
    if (clean.length === 0) throw new InvalidComment('Write something first.');
    if (clean.length > COMMENT_MAX) throw new InvalidComment(`A comment has at most ${COMMENT_MAX} characters.`);
    const post = await createPost(me.id, 'comment', '', clean, String(parentId ?? ''));
    return (await getViews([post.id], me.id))[0];
}
