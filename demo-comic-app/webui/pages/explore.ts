// Explore: comics by people you don't follow, and creators to find by name.
import exploreComics from '../../src/domain/explore/comics';
import exploreCreators from '../../src/domain/explore/creators';
import followCreator from '../../src/domain/relation/followCreator';
import { h, clear, avatar, messageOf, toast } from '../dom';
import { feed, emptyState } from '../feed';
import type { CreatorView } from '../../src/domain/types';

export function explorePage(main: HTMLElement, tab: 'comics' | 'creators'): void {
    const tabs = h('nav', { className: 'tabs', 'aria-label': 'Explore' },
        h('a', { href: '#/explore', 'aria-current': tab === 'comics' ? 'page' : false }, 'Comics'),
        h('a', { href: '#/explore/creators', 'aria-current': tab === 'creators' ? 'page' : false, 'data-test': 'tab-creators' }, 'Creators'));
    const content = tab === 'comics'
        ? feed(cursor => exploreComics(cursor), () => emptyState('You follow everyone', 'No comics by people you don\'t follow yet.'), 'explore')
        : creatorSearch();
    clear(main, h('h1', { className: 'sr-only' }, 'Explore'), tabs, content);
}

function creatorSearch(): HTMLElement {
    const search = h('input', { type: 'search', id: 'creator-search', placeholder: 'Search by name or nickname', 'aria-label': 'Search creators', 'data-test': 'creator-search' });
    const order = h('select', { 'aria-label': 'Sort by', 'data-test': 'creator-order' },
        h('option', { value: 'popular' }, 'Most followed'), h('option', { value: 'recent' }, 'Newest'));
    const results = h('div', { className: 'creators', 'data-test': 'creator-results', 'aria-live': 'polite' });
    let timer: any;
    const run = async () => {
        results.dataset.done = 'false';
        try {
            const found = await exploreCreators(search.value, order.value as 'popular' | 'recent', 0);
            clear(results, found.length ? found.map(creatorCard) : emptyState('No one found', 'Try another name, or check the spelling.'));
        } catch (error) {
            clear(results, h('p', { className: 'form-error', role: 'alert' }, messageOf(error)));
        }
        results.dataset.done = 'true';
    };
    search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 250); });
    order.addEventListener('change', run);
    run();
    return h('div', {}, h('div', { className: 'search-bar' }, search, order), results);
}

export function creatorCard(view: CreatorView): HTMLElement {
    const { creator } = view;
    const follow = h('button', {
        className: 'primary small', 'data-test': 'follow',
        onClick: async () => {
            try {
                await followCreator(creator.id);
                follow.textContent = 'Following';
                follow.disabled = true;
            } catch (error) {
                toast(messageOf(error));
            }
        },
    }, 'Follow');
    return h('article', { className: 'card creator', 'data-test': 'creator', 'data-nickname': creator.nickname },
        h('a', { href: `#/@${creator.nickname}`, className: 'who' }, avatar(creator, 'medium'),
            h('span', {}, h('strong', {}, creator.fullName), h('br'), h('span', { className: 'muted' }, `@${creator.nickname}`))),
        h('span', { className: 'muted stats' }, `${view.comics} comics · ${view.followers} followers`),
        view.me ? null : follow);
}
