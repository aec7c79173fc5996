// writes: a new creator with a unique nickname and a hashed password.
import { creators, nicknames, credentials } from '../store/collections';
import { hashPassword, type PasswordHash } from '../authentication/password';
import { InvalidNickname, NicknameTaken, InvalidName, WeakPassword } from '../errors';
import { NICKNAME, FULL_NAME_MAX, PASSWORD_MIN } from '../limits';
import { searchText } from '../store/creatorDocument';
import type { Creator } from '../types';

/** joinedAt and hashed are for the seed: a join date in the past, and the password's hash made ahead of time. */
export default async function create(nickname: string, fullName: string, password: string, joinedAt?: number,
                                     hashed?: PasswordHash): Promise<Creator> {
    nickname = String(nickname ?? '').trim().toLowerCase();
    fullName = String(fullName ?? '').trim();
    if (!NICKNAME.test(nickname)) throw new InvalidNickname('A nickname is 3 to 20 characters: lower-case letters, digits and _.');
    if (fullName.length === 0 || fullName.length > FULL_NAME_MAX) throw new InvalidName(`Your name must be 1 to ${FULL_NAME_MAX} characters.`);
    if (String(password ?? '').length < PASSWORD_MIN) throw new WeakPassword(`A password has at least ${PASSWORD_MIN} characters.`);
    const id = crypto.randomUUID();
    try {
        await nicknames.insert({ id: nickname, creatorId: id });
    } catch {
        throw new NicknameTaken(`The nickname "${nickname}" is taken. Try another one.`);
    }
    await credentials.insert({ id, ...(hashed ?? await hashPassword(password)) });
    const creator: Creator = { id, nickname, fullName, joinedAt: joinedAt ?? Date.now(), followers: 0, avatar: avatarColor(nickname) };
    await creators.insert({ ...creator, search: searchText(creator) });
    return creator;
}

function avatarColor(nickname: string): string {
    let hash = 0;
    for (const char of nickname) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    return `hsl(${hash % 360} 65% 55%)`;
}
