// writes: a new session for a creator; returns its bearer token (random, 256 bits), which is stored only as a hash.
import { sessions } from '../store/collections';
import { hex } from '../authentication/password';
import { tokenId } from './token';

export default async function create(creatorId: string): Promise<string> {
    const token = hex(crypto.getRandomValues(new Uint8Array(32)));
    const now = Date.now();
    await sessions.insert({ id: await tokenId(token), creatorId, createdAt: now, seenAt: now });
    return token;
}
