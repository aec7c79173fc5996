// bff: makes an account and logs it in.
import createCreator from '../creator/create';
import createSession from '../session/create';
import type { Session } from '../types';

export default async function signUp(nickname: string, fullName: string, password: string): Promise<Session> {
    const creator = await createCreator(nickname, fullName, password);
    return { token: await createSession(creator.id), creator };
}
