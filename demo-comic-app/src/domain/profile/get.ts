// bff: a creator's profile: names, join date, counts, whether the requester follows them, and a page of their posts.
import getByNickname from '../creator/getByNickname';
import counts from '../creator/counts';
import exists from '../relation/exists';
import findPage from '../post/findPage';
import requireRequester from '../authentication/requireRequester';
import { CreatorNotFound } from '../errors';
import { PAGE_SIZE } from '../limits';
import type { CreatorView, PostPage, Requester } from '../types';

export default async function get(nickname: string, cursor = '', requester: Requester | null = null): Promise<CreatorView & PostPage> {
    const me = requireRequester(requester);
    const creator = await getByNickname(String(nickname));
    if (creator === null) throw new CreatorNotFound();
    const [count, followed, posts] = await Promise.all([
        counts(creator.id), exists(me.id, creator.id), findPage({ creatorIds: [creator.id] }, PAGE_SIZE, cursor, me.id)]);
    return { creator, ...count, followed, me: creator.id === me.id, ...posts };
}
