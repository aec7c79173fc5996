// writes: soft-deletes a post of the requester.
import { posts } from '../store/collections';
import { decrement } from 'cleave/counters';
import { comicsOf, reactionsOf } from '../store/counters';
import { PostNotFound, NotYours } from '../errors';

export default async function remove(creatorId: string, postId: string): Promise<boolean> {
    const post = await posts.get(postId);
    if (post === null || post.removed) throw new PostNotFound();
    if (post.creatorId !== creatorId) throw new NotYours('You can only remove your own posts.');
    await posts.update(postId, { removed: true });
    if (post.kind === 'comic') await decrement(comicsOf(creatorId));
    if (post.parentId) await decrement(reactionsOf(post.parentId));
    return true;
}
