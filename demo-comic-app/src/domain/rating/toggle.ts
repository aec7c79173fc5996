// writes: likes a post, or takes the like back; the count is an atomic counter.
import { posts, likes } from '../store/collections';
import { increment, decrement, value } from 'cleave/counters';
import { publish } from 'cleave/events';
import { likesOf } from '../store/counters';
import { LIKED } from '../store/topics';
import { PostNotFound } from '../errors';

export default async function toggle(creatorId: string, postId: string): Promise<{ liked: boolean, likes: number }> {
    const post = await posts.get(postId);
    if (post === null || post.removed) throw new PostNotFound();
    const id = `${postId}:${creatorId}`;
    if (await likes.delete(id)) {
        return { liked: false, likes: await decrement(likesOf(postId)) };
    }
    try {
        await likes.insert({ id, postId, creatorId, createdAt: Date.now() });
    } catch {
        // a like of the same person that arrived at the same moment: it counts once
        return { liked: true, likes: await value(likesOf(postId)) };
    }
    const count = await increment(likesOf(postId));
    if (post.creatorId !== creatorId) await publish(LIKED, { postId, creatorId, receiverId: post.creatorId });
    return { liked: true, likes: count };
}
