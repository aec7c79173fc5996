// Shared: the requester a bearer token stands for, or null (unknown or expired). Used by the server middleware.
import { sessions, creators } from '../store/collections';
import type { Requester } from '../types';

export const SESSION_DAYS = 30;
const TOKEN = /^[0-9a-f]{64}$/;

export default async function lookup(token: string): Promise<Requester | null> {
    if (!TOKEN.test(token)) return null;
    const session = await sessions.get(token);
    if (session === null || Date.now() - session.createdAt > SESSION_DAYS * 86_400_000) return null;
    const creator = await creators.get(session.creatorId);
    return creator === null ? null : { id: creator.id, nickname: creator.nickname };
}
