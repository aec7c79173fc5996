// writes: the creator of an account whose sign-up was cut off after its commit point (see
// store/account.ts), written again from the account; the stored creator when it is there.
import { creators, nicknames } from '../store/collections';
import { searchText, strip } from '../store/creatorDocument';
import { firstCreator } from '../store/account';
import type { Creator } from '../types';

export default async function restore(nickname: string): Promise<Creator | null> {
    const account = await nicknames.get(String(nickname ?? ''));
    if (account === null) return null;
    const stored = await creators.get(account.creatorId);
    if (stored !== null) return strip(stored);
    const creator = firstCreator(account);
    try {
        await creators.insert({ ...creator, search: searchText(creator) });
    } catch {
        // another restore of the same account came first
    }
    return creator;
}
