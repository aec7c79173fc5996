// bff: checks nickname and password and opens a session; refuses (429) a nickname or an address with
// too many wrong passwords. The address is the one the node saw the request come from.
import { requestContext } from 'cleave';
import verify from './verify';
import { waitMinutes, failed, cleared } from './attempts';
import createSession from '../session/create';
import { TooManyAttempts, WrongCredentials } from '../errors';
import type { Session } from '../types';

export default async function login(nickname: string, password: string): Promise<Session> {
    const address = requestContext().headers.get('x-cleave-client-address') ?? '';
    const wait = await waitMinutes(nickname, address);
    if (wait > 0) {
        throw new TooManyAttempts(`Too many wrong passwords. Try again in ${wait} minute${wait === 1 ? '' : 's'}.`);
    }
    const creator = await verify(nickname, password);
    if (creator === null) {
        await failed(nickname, address);
        throw new WrongCredentials('That nickname and password do not match.');
    }
    await cleared(nickname);
    return { token: await createSession(creator.id), creator };
}
