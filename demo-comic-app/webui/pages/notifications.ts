// Notifications: who followed you, liked your post or reacted to it.
import list from '../../src/domain/notification/list';
import { h, clear, avatar, timeAgo, messageOf } from '../dom';
import { emptyState } from '../feed';
import type { NotificationView } from '../../src/domain/types';

const WORDS = { followed: 'followed you', liked: 'liked your post', reacted: 'reacted to your post' };

export async function notificationsPage(main: HTMLElement, onRead: () => void): Promise<void> {
    clear(main, h('p', { className: 'muted' }, 'Loading…'));
    try {
        const notifications = await list();
        onRead();
        clear(main, h('h1', { className: 'page-title' }, 'Notifications'),
            notifications.length ? h('ul', { className: 'card notifications', 'data-test': 'notifications' }, notifications.map(item))
                : emptyState('All quiet', 'When someone follows you, likes or reacts to your comics, you will see it here.'));
    } catch (error) {
        clear(main, h('p', { className: 'form-error', role: 'alert' }, messageOf(error)));
    }
    main.dataset.done = 'true';
}

function item(notification: NotificationView): HTMLElement {
    const link = notification.type === 'followed' ? `#/@${notification.sender.nickname}` : `#/post/${notification.postId}`;
    return h('li', { className: notification.read ? 'read' : 'unread', 'data-test': `notification-${notification.type}` },
        h('a', { href: link }, avatar(notification.sender),
            h('span', {}, h('strong', {}, notification.sender.fullName), ' ', WORDS[notification.type]),
            h('span', { className: 'muted when' }, timeAgo(notification.createdAt))));
}
