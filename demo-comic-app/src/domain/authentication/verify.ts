// reads: the creator with this nickname and password; WrongCredentials otherwise (the same words for both mistakes).
import { nicknames, credentials, creators } from '../store/collections';
import { verifyPassword } from './password';
import { WrongCredentials } from '../errors';
import { strip } from '../store/creatorDocument';
import type { Creator } from '../types';

export default async function verify(nickname: string, password: string): Promise<Creator> {
    const taken = await nicknames.get(String(nickname ?? '').trim().toLowerCase() || '-');
    const stored = taken === null ? null : await credentials.get(taken.creatorId);
    if (stored === null || !await verifyPassword(String(password ?? ''), stored)) {
        throw new WrongCredentials('That nickname and password do not match.');
    }
    return strip(await creators.get(taken.creatorId));
}
