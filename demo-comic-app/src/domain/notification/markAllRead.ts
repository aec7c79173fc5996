// notification: marks every notification of the creator as read.
import { notifications } from '../store/collections';
import { decrement } from 'cleave/counters';
import { unreadOf } from '../store/counters';

export default async function markAllRead(receiverId: string): Promise<number> {
    const unread = await notifications.find({ where: { receiverId, read: false }, limit: 10_000 });
    for (const notification of unread) {
        await notifications.update(notification.id, { read: true });
        await decrement(unreadOf(receiverId));
    }
    return unread.length;
}
