// bff: how many notifications the requester has not seen (0 when logged out).
import countUnread from './countUnread';
import type { Requester } from '../types';

export default async function unread(requester: Requester | null = null): Promise<number> {
    return requester ? countUnread(requester.id) : 0;
}
