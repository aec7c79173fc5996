// writes: a new creator with a unique nickname and a hashed password.
import { creators, nicknames } from '../store/collections';
import { hashPassword, type PasswordHash } from '../authentication/password';
import { InvalidNickname, NicknameTaken, InvalidName, WeakPassword } from '../errors';
import { NICKNAME, FULL_NAME_MAX, PASSWORD_MIN, PASSWORD_MAX } from '../limits';
import { searchText } from '../store/creatorDocument';
import { firstCreator, type Account } from '../store/account';
import type { Creator } from '../types';

/** joinedAt and hashed are for the seed: a join date in the past, and the password's hash made ahead of time. */
export default async function create(nickname: string, fullName: string, password: string, joinedAt?: number,
                                     hashed?: PasswordHash): Promise<Creator> {
    nickname = String(nickname ?? '').trim().toLowerCase();
    fullName = String(fullName ?? '').trim();
    if (!NICKNAME.test(nickname)) throw new InvalidNickname('A nickname is 3 to 20 characters: lower-case letters, digits and _.');
    if (fullName.length === 0 || fullName.length > FULL_NAME_MAX) throw new InvalidName(`Your name must be 1 to ${FULL_NAME_MAX} characters.`);
    if (String(password ?? '').length < PASSWORD_MIN) throw new WeakPassword(`A password has at least ${PASSWORD_MIN} characters.`);
    if (String(password).length > PASSWORD_MAX) throw new WeakPassword(`A password has at most ${PASSWORD_MAX} characters.`);
    const taken = () => new NicknameTaken(`The nickname "${nickname}" is taken. Try another one.`);
    if (await nicknames.get(nickname) !== null) throw taken();
    const account: Account = { id: nickname, creatorId: crypto.randomUUID(), fullName, joinedAt: joinedAt ?? Date.now(),
        password: hashed ?? await hashPassword(password) };
    try {
        await nicknames.insert(account);
    } catch {
        throw taken();
    }
    const creator = firstCreator(account);
    await creators.insert({ ...creator, search: searchText(creator) });
    return creator;
}
