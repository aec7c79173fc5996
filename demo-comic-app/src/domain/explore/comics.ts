// bff: recent comics by creators the requester does not follow.
import findRecent from '../post/findRecent';
import aggregate from '../post/aggregate';
import getFollowingIds from '../relation/getFollowingIds';
import requireRequester from '../authentication/requireRequester';
import { PAGE_SIZE } from '../limits';
import type { PostView, Requester } from '../types';

export default async function comics(page = 0, requester: Requester | null = null): Promise<PostView[]> {
    const me = requireRequester(requester);
    const followed = new Set(await getFollowingIds(me.id));
    // the store has no "not in": read a window of recent comics by others and drop the followed ones
    const window = await findRecent({ notCreatorId: me.id, kind: 'comic' }, (page + 1) * PAGE_SIZE * 3, 0);
    const unfollowed = window.filter(post => !followed.has(post.creatorId)).slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    return aggregate(unfollowed, me);
}
