// bff: a creator's profile: names, join date, counts, whether the requester follows them, and their posts.
import getByNickname from '../creator/getByNickname';
import counts from '../creator/counts';
import exists from '../relation/exists';
import findRecent from '../post/findRecent';
import aggregate from '../post/aggregate';
import requireRequester from '../authentication/requireRequester';
import { CreatorNotFound } from '../errors';
import { PAGE_SIZE } from '../limits';
import type { CreatorView, PostView, Requester } from '../types';

export default async function get(nickname: string, page = 0, requester: Requester | null = null): Promise<CreatorView & { posts: PostView[] }> {
    const me = requireRequester(requester);
    const creator = await getByNickname(String(nickname));
    if (creator === null) throw new CreatorNotFound();
    const [count, followed, posts] = await Promise.all([
        counts(creator.id), exists(me.id, creator.id), findRecent({ creatorIds: [creator.id] }, PAGE_SIZE, page * PAGE_SIZE)]);
    return { creator, ...count, followed, me: creator.id === me.id, posts: await aggregate(posts, me) };
}
