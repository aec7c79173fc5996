// writes: changes a creator's display name.
import { creators } from '../store/collections';
import { InvalidName } from '../errors';
import { FULL_NAME_MAX } from '../limits';
import { searchText, strip } from '../store/creatorDocument';
import type { Creator } from '../types';

export default async function updateFullName(creatorId: string, fullName: string): Promise<Creator> {
    fullName = String(fullName ?? '').trim();
    if (fullName.length === 0 || fullName.length > FULL_NAME_MAX) throw new InvalidName(`Your name must be 1 to ${FULL_NAME_MAX} characters.`);
    const current = await creators.get(creatorId);
    const updated = await creators.update(creatorId, { fullName, search: searchText({ nickname: current.nickname, fullName }) });
    return strip(updated);
}
