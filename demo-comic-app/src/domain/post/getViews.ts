// reads: posts by id (removed ones too: the caller decides) as the browser shows them, in the order of
// the ids; a missing one is left out.
import { posts } from '../store/collections';
import hydrate from './hydrate';
import { checkIds, checkId } from '../store/checks';
import type { Post, PostView } from '../types';

export default async function getViews(postIds: string[], requesterId: string): Promise<PostView[]> {
    const found = await posts.getMany(checkIds(postIds, 100, 'postIds'));
    return hydrate(found.filter(Boolean) as Post[], checkId(requesterId, 'requesterId'));
}
