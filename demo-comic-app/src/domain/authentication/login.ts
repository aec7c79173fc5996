// bff: checks nickname and password and opens a session.
import verify from './verify';
import createSession from '../session/create';
import type { Session } from '../types';

export default async function login(nickname: string, password: string): Promise<Session> {
    const creator = await verify(nickname, password);
    return { token: await createSession(creator.id), creator };
}
