// bff: creators the requester does not follow, found by name, by popularity or newest first.
import search from '../creator/search';
import counts from '../creator/counts';
import getFollowingIds from '../relation/getFollowingIds';
import requireRequester from '../authentication/requireRequester';
import { PAGE_SIZE } from '../limits';
import type { CreatorView, Requester } from '../types';

export default async function creators(text = '', order: 'popular' | 'recent' = 'popular', page = 0, requester: Requester | null = null): Promise<CreatorView[]> {
    const me = requireRequester(requester);
    const exclude = [me.id, ...await getFollowingIds(me.id)];
    const found = await search(String(text).slice(0, 40), order === 'recent' ? 'recent' : 'popular', exclude, PAGE_SIZE, page * PAGE_SIZE);
    return Promise.all(found.map(async creator => ({ creator, ...await counts(creator.id), followed: false, me: false })));
}
