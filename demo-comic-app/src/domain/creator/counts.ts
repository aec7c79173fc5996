// reads: a creator's comics, followers and following, from the atomic counters.
import { value } from 'cleave/counters';
import { comicsOf, followersOf, followingOf } from '../store/counters';

export default async function counts(creatorId: string): Promise<{ comics: number, followers: number, following: number }> {
    const [comics, followers, following] = await Promise.all([
        value(comicsOf(creatorId)), value(followersOf(creatorId)), value(followingOf(creatorId))]);
    return { comics, followers, following };
}
