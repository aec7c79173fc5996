// writes: the follower stops following a creator.
import { relations, creators } from '../store/collections';
import { decrement } from 'cleave/counters';
import { followersOf, followingOf } from '../store/counters';

export default async function unfollow(followerId: string, followingId: string): Promise<boolean> {
    if (!await relations.delete(`${followerId}:${followingId}`)) return false;
    await decrement(followingOf(followerId));
    const followers = await decrement(followersOf(followingId));
    await creators.update(followingId, { followers });
    return true;
}
