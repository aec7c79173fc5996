// bff: recent posts by the creators the requester follows, newest first.
import findRecent from '../post/findRecent';
import aggregate from '../post/aggregate';
import getFollowingIds from '../relation/getFollowingIds';
import requireRequester from '../authentication/requireRequester';
import { PAGE_SIZE } from '../limits';
import type { PostView, Requester } from '../types';

export default async function following(page = 0, requester: Requester | null = null): Promise<PostView[]> {
    const me = requireRequester(requester);
    const creatorIds = await getFollowingIds(me.id);
    return aggregate(await findRecent({ creatorIds }, PAGE_SIZE, page * PAGE_SIZE), me);
}
