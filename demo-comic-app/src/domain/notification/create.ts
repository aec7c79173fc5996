// notification: makes a notification for the receiver and counts it as unread. This module also
// handles the events of the writes segment (followed, liked, reacted): each becomes a notification.
import { subscribe } from 'cleave/events';
import { increment } from 'cleave/counters';
import { notifications } from '../store/collections';
import { unreadOf } from '../store/counters';
import { FOLLOWED, LIKED, REACTED, type Followed, type Liked, type Reacted } from '../store/topics';

export default async function create(receiverId: string, senderId: string, type: 'followed' | 'liked' | 'reacted', postId: string, eventId: string): Promise<boolean> {
    try {
        // the id comes from the event, so an event delivered twice makes one notification
        await notifications.insert({ id: eventId, receiverId, senderId, type, postId, createdAt: Date.now(), read: false });
    } catch {
        return false;
    }
    await increment(unreadOf(receiverId));
    return true;
}

subscribe(FOLLOWED, async (event: Followed) => {
    await create(event.followingId, event.followerId, 'followed', '', `followed:${event.followerId}:${event.followingId}:${Date.now()}`);
});
subscribe(LIKED, async (event: Liked) => {
    await create(event.receiverId, event.creatorId, 'liked', event.postId, `liked:${event.postId}:${event.creatorId}`);
});
subscribe(REACTED, async (event: Reacted) => {
    await create(event.receiverId, event.creatorId, 'reacted', event.postId, `reacted:${event.reactionId}`);
});
