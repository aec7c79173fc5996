// writes: a new session (a random bearer token) for a creator.
import { sessions } from '../store/collections';
import { hex } from '../authentication/password';

export default async function create(creatorId: string): Promise<string> {
    const token = hex(crypto.getRandomValues(new Uint8Array(32)));
    await sessions.insert({ id: token, creatorId, createdAt: Date.now() });
    return token;
}
