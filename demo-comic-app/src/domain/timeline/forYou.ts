// bff: recent posts by others, newest first.
import findRecent from '../post/findRecent';
import aggregate from '../post/aggregate';
import requireRequester from '../authentication/requireRequester';
import { PAGE_SIZE } from '../limits';
import type { PostView, Requester } from '../types';

export default async function forYou(page = 0, requester: Requester | null = null): Promise<PostView[]> {
    const me = requireRequester(requester);
    return aggregate(await findRecent({ notCreatorId: me.id }, PAGE_SIZE, page * PAGE_SIZE), me);
}
