// reads: whether the follower follows the creator.
import { relations } from '../store/collections';

export default async function exists(followerId: string, followingId: string): Promise<boolean> {
    return (await relations.get(`${followerId}:${followingId}`)) !== null;
}
