// writes: a new post (a comic or a comment), maybe reacting to another; counts it and tells the parent's creator.
import { posts } from '../store/collections';
import { increment } from 'cleave/counters';
import { publish } from 'cleave/events';
import { comicsOf, reactionsOf } from '../store/counters';
import { REACTED } from '../store/topics';
import { PostNotFound } from '../errors';
import type { Post } from '../types';

export default async function create(creatorId: string, kind: 'comic' | 'comment', comicId: string, text: string,
                                     parentId: string, createdAt?: number): Promise<Post> {
    const parent = parentId ? await posts.get(parentId) : null;
    if (parentId && (parent === null || parent.removed)) throw new PostNotFound();
    const post: Post = { id: crypto.randomUUID(), creatorId, kind, comicId, text, parentId, createdAt: createdAt ?? Date.now(), removed: false };
    await posts.insert(post);
    if (kind === 'comic') await increment(comicsOf(creatorId));
    if (parent !== null) {
        await increment(reactionsOf(parent.id));
        if (parent.creatorId !== creatorId) {
            await publish(REACTED, { postId: parent.id, reactionId: post.id, creatorId, receiverId: parent.creatorId });
        }
    }
    return post;
}
