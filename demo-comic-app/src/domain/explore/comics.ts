// bff: recent comics by creators the requester does not follow, a page at a time.
import findPage from '../post/findPage';
import getFollowingIds from '../relation/getFollowingIds';
import requireRequester from '../authentication/requireRequester';
import { PAGE_SIZE } from '../limits';
import type { PostPage, Requester } from '../types';

/** The store's bound on a $nin list: the requester and up to 9 999 followed creators are left out. */
const EXCLUDED_MAX = 10_000;

export default async function comics(cursor = '', requester: Requester | null = null): Promise<PostPage> {
    const me = requireRequester(requester);
    const excluded = [me.id, ...await getFollowingIds(me.id)].slice(0, EXCLUDED_MAX);
    return findPage({ notCreatorIds: excluded, kind: 'comic' }, PAGE_SIZE, cursor, me.id);
}
