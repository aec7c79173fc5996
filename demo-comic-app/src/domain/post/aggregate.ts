// Shared (bff): posts with their creator, comic, counts and the requester's like, as the browser shows them.
import getCreator from '../creator/getById';
import getComic from '../comic/getById';
import counts from './counts';
import type { Post, PostView, Requester } from '../types';

export default async function aggregate(posts: Post[], requester: Requester | null): Promise<PostView[]> {
    return Promise.all(posts.map(async post => {
        const [creator, comic, count] = await Promise.all([
            getCreator(post.creatorId),
            post.comicId ? getComic(post.comicId) : null,
            counts(post.id, requester?.id ?? ''),
        ]);
        return { post, creator: creator!, comic, ...count, mine: post.creatorId === requester?.id };
    }));
}
