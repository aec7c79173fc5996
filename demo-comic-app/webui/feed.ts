// A paged list of posts with "Load more" and an empty state. "Load more" asks for the page after the
// last one shown (its cursor), so posts published meanwhile neither repeat nor push posts out of sight.
import { h, clear, messageOf } from './dom';
import { postCard } from './postCard';
import type { PostPage } from '../src/domain/types';

export function feed(load: (cursor: string) => Promise<PostPage>, empty: () => HTMLElement, name: string): HTMLElement {
    const list = h('div', { className: 'feed', 'data-test': `feed-${name}`, 'aria-busy': 'true' });
    const more = h('button', { className: 'secondary more', hidden: true, 'data-test': 'load-more' }, 'Load more');
    let cursor = '';
    const next = async () => {
        more.disabled = true;
        try {
            const page = await load(cursor);
            if (cursor === '' && page.posts.length === 0) clear(list, empty());
            page.posts.forEach(view => list.append(postCard(view)));
            more.hidden = page.next === null;
            cursor = page.next ?? '';
        } catch (error) {
            list.append(h('p', { className: 'form-error', role: 'alert' }, messageOf(error)));
        } finally {
            more.disabled = false;
            list.setAttribute('aria-busy', 'false');
            list.dataset.done = 'true';
        }
    };
    more.addEventListener('click', next);
    next();
    return h('div', {}, list, more);
}

export function emptyState(title: string, text: string, link?: [string, string]): HTMLElement {
    return h('div', { className: 'empty', 'data-test': 'empty' },
        h('div', { className: 'empty-art', 'aria-hidden': 'true' }, '▦'),
        h('h2', {}, title), h('p', { className: 'muted' }, text),
        link ? h('a', { className: 'button primary', href: link[0] }, link[1]) : null);
}
