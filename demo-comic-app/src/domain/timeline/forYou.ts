// bff: recent posts by others, newest first, a page at a time ("Load more" passes the page's `next`).
import findPage from '../post/findPage';
import requireRequester from '../authentication/requireRequester';
import { PAGE_SIZE } from '../limits';
import type { PostPage, Requester } from '../types';

export default async function forYou(cursor = '', requester: Requester | null = null): Promise<PostPage> {
    const me = requireRequester(requester);
    return findPage({ notCreatorIds: [me.id] }, PAGE_SIZE, cursor, me.id);
}
