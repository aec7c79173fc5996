// reads: a post's likes and reactions, and whether the creator likes it.
import { value } from 'cleave/counters';
import { likes } from '../store/collections';
import { likesOf, reactionsOf } from '../store/counters';

export default async function counts(postId: string, creatorId: string): Promise<{ likes: number, reactions: number, liked: boolean }> {
    const [likeCount, reactions, like] = await Promise.all([
        value(likesOf(postId)), value(reactionsOf(postId)), creatorId ? likes.get(`${postId}:${creatorId}`) : null]);
    return { likes: likeCount, reactions, liked: like !== null };
}
