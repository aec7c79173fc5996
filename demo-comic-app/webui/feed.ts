// A paged list of posts with "Load more" and an empty state.
import { h, clear, messageOf } from './dom';
import { postCard } from './postCard';
import type { PostView } from '../src/domain/types';

const PAGE_SIZE = 10;

export function feed(load: (page: number) => Promise<PostView[]>, empty: () => HTMLElement, name: string): HTMLElement {
    const list = h('div', { className: 'feed', 'data-test': `feed-${name}`, 'aria-busy': 'true' });
    const more = h('button', { className: 'secondary more', hidden: true }, 'Load more');
    let page = 0;
    const next = async () => {
        more.disabled = true;
        try {
            const views = await load(page);
            if (page === 0 && views.length === 0) clear(list, empty());
            views.forEach(view => list.append(postCard(view)));
            more.hidden = views.length < PAGE_SIZE;
            page++;
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
