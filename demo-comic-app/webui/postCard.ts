// A post as a card: who and when, the comic or comment, and like / react / remove.
import toggleLike from '../src/domain/rating/toggleLike';
import removeOwn from '../src/domain/post/removeOwn';
import { h, avatar, timeAgo, messageOf, toast } from './dom';
import { comicView } from './comicSvg';
import { s } from './svg';
import type { PostView } from '../src/domain/types';

function speechIcon(): SVGElement {
    const icon = s('svg', { viewBox: '0 0 24 24', width: 16, height: 16, 'aria-hidden': 'true', class: 'icon-svg' },
        s('path', { d: 'M4 4h16a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H10l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z', fill: 'none', stroke: 'currentColor', 'stroke-width': 2, 'stroke-linejoin': 'round' }));
    return icon;
}

export function postCard(view: PostView, onRemoved: () => void = () => {}): HTMLElement {
    const { post, creator } = view;
    const likeCount = h('span', { 'data-test': 'like-count' }, view.likes);
    const like = h('button', {
        className: 'action like', 'aria-pressed': String(view.liked), 'data-test': 'like', title: view.liked ? 'Unlike' : 'Like',
        onClick: async () => {
            like.disabled = true;
            try {
                const result = await toggleLike(post.id);
                like.setAttribute('aria-pressed', String(result.liked));
                like.title = result.liked ? 'Unlike' : 'Like';
                likeCount.textContent = String(result.likes);
            } catch (error) {
                toast(messageOf(error));
            } finally {
                like.disabled = false;
            }
        },
    }, h('span', { 'aria-hidden': 'true', className: 'heart' }, '♥'), h('span', { className: 'sr-only' }, 'Like'), ' ', likeCount);
    const react = h('a', { className: 'action', href: `#/post/${post.id}`, 'data-test': 'react' },
        speechIcon(), ' ', h('span', { className: 'sr-only' }, 'Reactions'), view.reactions);
    const remove = view.mine ? h('button', {
        className: 'action subtle', 'data-test': 'remove',
        onClick: async () => {
            if (!confirm('Remove this post?')) return;
            try {
                await removeOwn(post.id);
                card.remove();
                toast('Post removed.');
                onRemoved();
            } catch (error) {
                toast(messageOf(error));
            }
        },
    }, 'Remove') : null;
    const card = h('article', { className: 'card post', 'data-test': 'post', 'data-post-id': post.id, 'data-creator': creator.nickname },
        h('header', { className: 'post-head' },
            h('a', { href: `#/@${creator.nickname}`, className: 'who' }, avatar(creator),
                h('span', {}, h('strong', {}, creator.fullName), h('span', { className: 'muted' }, ` @${creator.nickname}`))),
            h('a', { href: `#/post/${post.id}`, className: 'muted when' }, timeAgo(post.createdAt))),
        view.comic ? comicView(view.comic, `Comic by ${creator.fullName}`) : h('p', { className: 'comment' }, post.text),
        h('footer', { className: 'post-actions' }, like, react, remove));
    return card;
}
