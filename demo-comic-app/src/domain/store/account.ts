// How an account is stored: one document per taken nickname (id = nickname) that holds everything
// sign-up decides: the creator's id, the name and join date given at sign-up, and the password hash.
// Inserting it is sign-up's one commit point (a single atomic write), so a crash at any moment
// leaves either no account (the nickname is free) or a whole one. The creator document is written
// after it and is rebuilt from it when a crash came in between (creator/restore).
import type { PasswordHash } from '../authentication/password';
import type { Creator } from '../types';

export type Account = { id: string, creatorId: string, fullName: string, joinedAt: number, password: PasswordHash };

/** The creator document an account starts with. */
export function firstCreator(account: Account): Creator {
    return { id: account.creatorId, nickname: account.id, fullName: account.fullName, joinedAt: account.joinedAt, followers: 0,
        avatar: avatarColor(account.id) };
}

function avatarColor(nickname: string): string {
    let hash = 0;
    for (const char of nickname) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    return `hsl(${hash % 360} 65% 55%)`;
}
