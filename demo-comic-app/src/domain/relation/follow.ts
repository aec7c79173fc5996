// writes: the follower follows a creator (once); counts it and tells the creator.
import { relations, creators } from '../store/collections';
import { increment } from 'cleave/counters';
import { publish } from 'cleave/events';
import { followersOf, followingOf } from '../store/counters';
import { FOLLOWED } from '../store/topics';
import { CreatorNotFound, SelfFollow } from '../errors';

export default async function follow(followerId: string, followingId: string): Promise<boolean> {
    if (followerId === followingId) throw new SelfFollow('You cannot follow yourself.');
    if (await creators.get(followingId) === null) throw new CreatorNotFound();
    try {
        await relations.insert({ id: `${followerId}:${followingId}`, followerId, followingId, createdAt: Date.now() });
    } catch {
        return false; // already following
    }
    await increment(followingOf(followerId));
    const followers = await increment(followersOf(followingId));
    await creators.update(followingId, { followers });
    await publish(FOLLOWED, { followerId, followingId });
    return true;
}
