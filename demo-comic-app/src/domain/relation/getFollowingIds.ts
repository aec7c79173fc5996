// reads: the ids of the creators someone follows.
import { relations } from '../store/collections';

export default async function getFollowingIds(followerId: string): Promise<string[]> {
    return (await relations.find({ where: { followerId }, limit: 10_000 })).map((relation: any) => relation.followingId);
}
