// bff: posts a comic, on its own or as a reaction to another post.
import createComic from '../comic/create';
import createPost from './create';
import getViews from './getViews';
import requireRequester from '../authentication/requireRequester';
import type { Panel, PostView, Requester } from '../types';

export default async function publishComic(panels: Panel[], parentId = '', requester: Requester | null = null): Promise<PostView> {
    const me = requireRequester(requester);
    const comic = await createComic(me.id, panels);
    const post = await createPost(me.id, 'comic', comic.id, '', String(parentId ?? ''));
    return (await getViews([post.id], me.id))[0];
}
