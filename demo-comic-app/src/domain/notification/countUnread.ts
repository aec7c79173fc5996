// notification: how many notifications the creator has not seen.
import { value } from 'cleave/counters';
import { unreadOf } from '../store/counters';

export default async function countUnread(receiverId: string): Promise<number> {
    return Math.max(0, await value(unreadOf(receiverId)));
}
