// Shared (reads): posts as the browser shows them, with their creators, comics, counts and the requester's
// likes, in four batched reads (creators and comics come from the near cache when fresh).
import { getMany } from 'cleave/counters';
import { creators, comics, likes } from '../store/collections';
import { strip } from '../store/creatorDocument';
import { likesOf, reactionsOf } from '../store/counters';
import type { Post, PostView } from '../types';

export default async function hydrate(posts: Post[], requesterId: string): Promise<PostView[]> {
    if (posts.length === 0) return [];
    const creatorIds = [...new Set(posts.map(post => post.creatorId))];
    const comicIds = [...new Set(posts.filter(post => post.comicId).map(post => post.comicId))];
    const [creatorList, comicList, likeList, counts] = await Promise.all([
        creators.getMany(creatorIds),
        comicIds.length ? comics.getMany(comicIds) : [],
        likes.getMany(posts.map(post => `${post.id}:${requesterId}`), { fields: ['id'] }),
        getMany(posts.flatMap(post => [likesOf(post.id), reactionsOf(post.id)])),
    ]);
    const creatorOf = new Map(creatorList.filter(Boolean).map((creator: any) => [creator.id, strip(creator)]));
    const comicOf = new Map(comicList.filter(Boolean).map((comic: any) => [comic.id, comic]));
    return posts.map((post, index) => ({
        post, creator: creatorOf.get(post.creatorId)!, comic: post.comicId ? comicOf.get(post.comicId) ?? null : null,
        likes: counts[2 * index], reactions: counts[2 * index + 1], liked: likeList[index] !== null,
        mine: post.creatorId === requesterId,
    }));
}
