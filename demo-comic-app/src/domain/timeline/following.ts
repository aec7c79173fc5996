// bff: recent posts by the creators the requester follows, newest first, a page at a time.
import findPage from '../post/findPage';
import getFollowingIds from '../relation/getFollowingIds';
import requireRequester from '../authentication/requireRequester';
import { PAGE_SIZE } from '../limits';
import type { PostPage, Requester } from '../types';

export default async function following(cursor = '', requester: Requester | null = null): Promise<PostPage> {
    const me = requireRequester(requester);
    return findPage({ creatorIds: await getFollowingIds(me.id) }, PAGE_SIZE, cursor, me.id);
}
