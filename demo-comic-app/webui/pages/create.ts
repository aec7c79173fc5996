// Making a comic (on its own, or as a reaction to a post) with the editor, then posting it.
import publishComic from '../../src/domain/post/publishComic';
import { h, clear, messageOf, toast } from '../dom';
import { createEditor } from '../editor';

export function createPage(main: HTMLElement, parentId: string): void {
    const editor = createEditor();
    const publish = h('button', { className: 'primary', 'data-test': 'publish' }, parentId ? 'Post reaction' : 'Post comic');
    publish.addEventListener('click', async () => {
        publish.disabled = true;
        editor.showError('');
        try {
            const view = await publishComic(editor.panels(), parentId);
            toast('Your comic is posted.');
            location.hash = parentId ? `#/post/${parentId}` : `#/post/${view.post.id}`;
        } catch (error) {
            editor.showError(messageOf(error));
        } finally {
            publish.disabled = false;
        }
    });
    clear(main, h('div', { className: 'page-head' },
        h('h1', { className: 'page-title' }, parentId ? 'React with a comic' : 'New comic'), publish), editor.element);
}
