// Panels, the comic social demo's page: a hash router over the pages, the nav, the unread count.
import './session';
import unread from '../src/domain/notification/unread';
import { h, clear } from './dom';
import { session, me } from './session';
import { loginPage, signUpPage } from './pages/auth';
import { homePage } from './pages/home';
import { explorePage } from './pages/explore';
import { createPage } from './pages/create';
import { postPage } from './pages/post';
import { profilePage } from './pages/profile';
import { notificationsPage } from './pages/notifications';

const main = document.getElementById('main')!;
const nav = document.getElementById('nav')!;
const badge = h('span', { className: 'badge', 'data-test': 'unread', hidden: true });

function route(): void {
    const path = decodeURIComponent(location.hash.replace(/^#/, '')) || '/';
    const open = path === '/login' || path === '/signup';
    if (!session() && !open) {
        location.hash = '#/login';
        return;
    }
    renderNav(path);
    main.dataset.done = 'false';
    main.dataset.page = path.split('/')[1] || 'home';
    window.scrollTo(0, 0);
    if (path === '/login') loginPage(main);
    else if (path === '/signup') signUpPage(main);
    else if (path === '/following') homePage(main, 'following');
    else if (path === '/explore') explorePage(main, 'comics');
    else if (path === '/explore/creators') explorePage(main, 'creators');
    else if (path.startsWith('/create')) createPage(main, path.split('/')[2] ?? '');
    else if (path.startsWith('/post/')) postPage(main, path.split('/')[2]);
    else if (path.startsWith('/@')) profilePage(main, path.slice(2));
    else if (path === '/notifications') notificationsPage(main, refreshUnread);
    else homePage(main, 'for-you');
    refreshUnread();
}

function renderNav(path: string): void {
    const creator = me();
    if (!creator) {
        clear(nav);
        return;
    }
    const link = (href: string, icon: string, label: string, current: boolean, extra?: HTMLElement) =>
        h('a', { href, 'aria-current': current ? 'page' : false, 'data-test': `nav-${label.toLowerCase()}` },
            h('span', { className: 'icon', 'aria-hidden': 'true' }, icon), h('span', { className: 'label' }, label), extra);
    clear(nav,
        link('#/', '⌂', 'Home', path === '/' || path === '/following'),
        link('#/explore', '⌕', 'Explore', path.startsWith('/explore')),
        link('#/create', '+', 'Create', path.startsWith('/create')),
        link('#/notifications', '♡', 'Activity', path === '/notifications', badge),
        link(`#/@${creator.nickname}`, '☺', 'Profile', path === `/@${creator.nickname}`));
}

async function refreshUnread(): Promise<void> {
    if (!session()) return;
    try {
        const count = await unread();
        badge.textContent = count > 9 ? '9+' : String(count);
        badge.hidden = count === 0;
        badge.setAttribute('aria-label', `${count} unread`);
    } catch {
        // the count is a hint; the next page view tries again
    }
}

window.addEventListener('hashchange', route);
setInterval(refreshUnread, 15_000);
route();
