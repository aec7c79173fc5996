// reads: a page of posts that are not removed, newest first (reactions: oldest first), ready to show:
// of some creators, or of everyone but some, or the reactions to a post. One top-k read from the createdAt
// index plus the batched reads of hydrate; `next` is the cursor of the following page, or null.
import { posts } from '../store/collections';
import hydrate from './hydrate';
import { checkCursor, checkIds, checkId } from '../store/checks';
import { InvalidInput } from '../errors';
import type { Post, PostPage } from '../types';

export type PostFilter = { creatorIds?: string[], notCreatorIds?: string[], parentId?: string, kind?: 'comic' | 'comment' };

/** The store's bound on an $in or $nin list. */
const CREATORS_MAX = 10_000;
const LIMIT_MAX = 100;

export default async function findPage(filter: PostFilter, limit: number, cursor: string, requesterId: string): Promise<PostPage> {
    const size = Number(limit);
    if (!Number.isInteger(size) || size < 1 || size > LIMIT_MAX) throw new InvalidInput(`post/findPage: limit must be 1..${LIMIT_MAX}`);
    const where: any = { removed: false, parentId: filter?.parentId === undefined ? '' : checkId(filter.parentId, 'parentId') };
    if (filter?.creatorIds !== undefined) {
        const ids = checkIds(filter.creatorIds, CREATORS_MAX, 'creatorIds');
        if (ids.length === 0) return { posts: [], next: null };
        where.creatorId = { $in: ids };
    } else if (filter?.notCreatorIds !== undefined) {
        where.creatorId = { $nin: checkIds(filter.notCreatorIds, CREATORS_MAX, 'notCreatorIds') };
    }
    if (filter?.kind !== undefined) {
        if (filter.kind !== 'comic' && filter.kind !== 'comment') throw new InvalidInput("post/findPage: kind must be 'comic' or 'comment'");
        where.kind = filter.kind;
    }
    const after = checkCursor(cursor);
    const page = await posts.findPage({
        where, sort: { createdAt: where.parentId ? 'asc' : 'desc' }, limit: size, ...(after ? { after } : {}),
    });
    return { posts: await hydrate(page.documents as Post[], checkId(requesterId, 'requesterId')), next: page.next };
}
