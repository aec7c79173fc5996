// One post with its reactions, and the forms to react with a comment or a comic.
import viewPost from '../../src/domain/post/view';
import publishComment from '../../src/domain/post/publishComment';
import { h, clear, messageOf } from '../dom';
import { postCard } from '../postCard';

export async function postPage(main: HTMLElement, postId: string): Promise<void> {
    clear(main, h('p', { className: 'muted' }, 'Loading…'));
    let shown;
    try {
        shown = await viewPost(postId);
    } catch (error) {
        clear(main, h('div', { className: 'empty', 'data-test': 'post-error' }, h('h2', {}, 'Post not available'),
            h('p', { className: 'muted', role: 'alert' }, messageOf(error)), h('a', { className: 'button primary', href: '#/' }, 'Back home')));
        return;
    }
    const text = h('textarea', { id: 'reaction-text', rows: 2, maxlength: 500, placeholder: 'Write a reaction…', 'aria-label': 'Your reaction', 'data-test': 'reaction-text' });
    const error = h('p', { className: 'form-error', role: 'alert', 'data-test': 'form-error' });
    const reactions = h('section', { className: 'reactions', 'aria-label': 'Reactions', 'data-test': 'reactions' },
        shown.reactions.length ? shown.reactions.map(view => postCard(view)) : h('p', { className: 'muted' }, 'No reactions yet. Be the first.'));
    const form = h('form', { className: 'card react-form' }, text, error,
        h('div', { className: 'row' },
            h('button', { className: 'primary', type: 'submit', 'data-test': 'send-reaction' }, 'React'),
            h('a', { className: 'button secondary', href: `#/create/${shown.post.post.id}`, 'data-test': 'react-with-comic' }, 'React with a comic')));
    form.addEventListener('submit', async event => {
        event.preventDefault();
        error.textContent = '';
        try {
            await publishComment(text.value, shown.post.post.id);
            postPage(main, postId);
        } catch (failure) {
            error.textContent = messageOf(failure);
        }
    });
    clear(main,
        shown.parentId ? h('a', { href: `#/post/${shown.parentId}`, className: 'back' }, '← The post this reacts to') : null,
        postCard(shown.post, () => { location.hash = '#/'; }), form,
        h('h2', { className: 'section-title' }, `Reactions (${shown.reactions.length})`), reactions);
    main.dataset.done = 'true';
}
