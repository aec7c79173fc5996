// Shared: the requester a bearer token stands for, or null (unknown or expired). Used by the server middleware.
// A session ends 30 days after log-in, or after a day without use; a use is recorded at most every 5 minutes.
import { sessions, creators } from '../store/collections';
import { tokenId } from './token';
import type { Requester } from '../types';

export const SESSION_DAYS = 30;
export const IDLE_HOURS = 24;
const SEEN_EVERY = 5 * 60_000;
const TOKEN = /^[0-9a-f]{64}$/;

export default async function lookup(token: string): Promise<Requester | null> {
    if (!TOKEN.test(token)) return null;
    const session = await sessions.get(await tokenId(token));
    const now = Date.now();
    if (session === null) return null;
    const seenAt = session.seenAt ?? session.createdAt;
    if (now - session.createdAt > SESSION_DAYS * 86_400_000 || now - seenAt > IDLE_HOURS * 3_600_000) return null;
    if (now - seenAt > SEEN_EVERY) {
        try {
            await sessions.update(session.id, { seenAt: now });
        } catch {
            // logged out meanwhile: the next lookup finds no session
        }
    }
    const creator = await creators.get(session.creatorId);
    return creator === null ? null : { id: creator.id, nickname: creator.nickname };
}
