// notification: the newest notifications of a creator.
import { notifications } from '../store/collections';

export default async function getRecent(receiverId: string, limit: number): Promise<any[]> {
    return notifications.find({ where: { receiverId }, sort: { createdAt: 'desc' }, limit });
}
