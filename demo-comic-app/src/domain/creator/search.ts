// reads: creators whose nickname or name contains the text, most followed or newest first, without the excluded ones.
import { creators } from '../store/collections';
import { strip } from '../store/creatorDocument';
import type { Creator } from '../types';

export default async function search(text: string, order: 'popular' | 'recent', exclude: string[], limit: number, offset: number): Promise<Creator[]> {
    const words = String(text ?? '').trim().toLowerCase();
    const where = words ? { search: { $contains: words } } : {};
    const sort = order === 'recent' ? { joinedAt: 'desc' } : { followers: 'desc', joinedAt: 'desc' };
    // the store has no "not in": take enough to drop the excluded ones, then page
    const found = await creators.find({ where, sort, limit: Math.min(10_000, offset + limit + exclude.length) });
    return found.filter((creator: any) => !exclude.includes(creator.id)).slice(offset, offset + limit).map(strip);
}
