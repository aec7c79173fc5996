// reads: the creator with this nickname, or null.
import { creators } from '../store/collections';
import { strip } from '../store/creatorDocument';
import type { Creator } from '../types';

export default async function getByNickname(nickname: string): Promise<Creator | null> {
    const creator = await creators.findOne({ where: { nickname: String(nickname ?? '').toLowerCase() } });
    return creator === null ? null : strip(creator);
}
