// Home: the "For you" and "Following" timelines.
import forYou from '../../src/domain/timeline/forYou';
import following from '../../src/domain/timeline/following';
import { h, clear } from '../dom';
import { feed, emptyState } from '../feed';

export function homePage(main: HTMLElement, tab: 'for-you' | 'following'): void {
    const tabs = h('nav', { className: 'tabs', 'aria-label': 'Timelines' },
        h('a', { href: '#/', 'aria-current': tab === 'for-you' ? 'page' : false, 'data-test': 'tab-for-you' }, 'For you'),
        h('a', { href: '#/following', 'aria-current': tab === 'following' ? 'page' : false, 'data-test': 'tab-following' }, 'Following'));
    const list = tab === 'for-you'
        ? feed(cursor => forYou(cursor), () => emptyState('Nothing new yet', 'When people post comics, they show up here.', ['#/create', 'Make the first one']), 'for-you')
        : feed(cursor => following(cursor), () => emptyState('Your following feed is empty', 'Follow creators to see their comics here.', ['#/explore', 'Find creators']), 'following');
    clear(main, h('h1', { className: 'sr-only' }, 'Home'), tabs, list);
}
