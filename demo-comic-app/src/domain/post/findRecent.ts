// reads: posts that are not removed, newest first: of some creators, or of everyone but one, or the reactions to a post.
import { posts } from '../store/collections';
import type { Post } from '../types';

export type PostFilter = { creatorIds?: string[], notCreatorId?: string, parentId?: string, kind?: 'comic' | 'comment' };

export default async function findRecent(filter: PostFilter, limit: number, offset: number): Promise<Post[]> {
    const where: any = { removed: false, parentId: filter.parentId ?? '' };
    if (filter.creatorIds) {
        if (filter.creatorIds.length === 0) return [];
        where.creatorId = { $in: filter.creatorIds };
    } else if (filter.notCreatorId) {
        where.creatorId = { $ne: filter.notCreatorId };
    }
    if (filter.kind) where.kind = filter.kind;
    return posts.find({ where, sort: { createdAt: filter.parentId ? 'asc' : 'desc' }, limit, offset });
}
