// reads: the creator with this nickname and password, or null when they do not match (either of them).
import { nicknames, credentials, creators } from '../store/collections';
import { verifyPassword } from './password';
import { PASSWORD_MAX } from '../limits';
import { strip } from '../store/creatorDocument';
import restore from '../creator/restore';
import type { Creator } from '../types';

export default async function verify(nickname: string, password: string): Promise<Creator | null> {
    const account = await nicknames.get(String(nickname ?? '').trim().toLowerCase() || '-');
    // accounts made before the password moved into the account document keep it in credentials
    const stored = account === null ? null : account.password ?? await credentials.get(account.creatorId);
    // an unknown nickname is checked against a dummy hash: it takes as long as a wrong password
    if (String(password ?? '').length > PASSWORD_MAX || !await verifyPassword(String(password ?? ''), stored)) {
        return null;
    }
    const creator = await creators.get(account.creatorId);
    return creator !== null ? strip(creator) : (await restore(account.id))!;
}
