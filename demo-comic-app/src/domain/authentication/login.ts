// bff: checks nickname and password and opens a session; refuses (429) a nickname with too many wrong passwords.
import verify from './verify';
import { waitMinutes, failed, cleared } from './attempts';
import createSession from '../session/create';
import { TooManyAttempts, WrongCredentials } from '../errors';
import type { Session } from '../types';

export default async function login(nickname: string, password: string): Promise<Session> {
    const wait = await waitMinutes(nickname);
    if (wait > 0) {
        throw new TooManyAttempts(`Too many wrong passwords for this nickname. Try again in ${wait} minute${wait === 1 ? '' : 's'}.`);
    }
    const creator = await verify(nickname, password);
    if (creator === null) {
        await failed(nickname);
        throw new WrongCredentials('That nickname and password do not match.');
    }
    await cleared(nickname);
    return { token: await createSession(creator.id), creator };
}
