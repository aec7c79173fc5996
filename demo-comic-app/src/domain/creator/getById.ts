// reads: a creator, or null.
import { creators } from '../store/collections';
import { strip } from '../store/creatorDocument';
import type { Creator } from '../types';

export default async function getById(id: string): Promise<Creator | null> {
    const creator = await creators.get(id);
    return creator === null ? null : strip(creator);
}
