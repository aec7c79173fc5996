// bff: the requester's notifications with who sent them, newest first; reading them marks them read.
import getRecent from './getRecent';
import markAllRead from './markAllRead';
import getCreator from '../creator/getById';
import requireRequester from '../authentication/requireRequester';
import type { NotificationView, Requester } from '../types';

export default async function list(requester: Requester | null = null): Promise<NotificationView[]> {
    const me = requireRequester(requester);
    const recent = await getRecent(me.id, 50);
    const views = await Promise.all(recent.map(async (notification: any) => ({
        id: notification.id, type: notification.type, sender: (await getCreator(notification.senderId))!,
        postId: notification.postId, createdAt: notification.createdAt, read: notification.read,
    })));
    await markAllRead(me.id);
    return views;
}
