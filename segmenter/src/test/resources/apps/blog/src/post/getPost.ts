import { NotFound } from 'cleave';
import Post from '../domain/Post';
import { title } from '../shared/format';
import { store } from '../db/store';

/** Reads one post. */
export default async function getPost(id: number): Promise<Post> {
    const found = store.posts.get(id);
    if (found === undefined) {
        throw new NotFound(`no post ${id}`);
    }
    return new Post(id, title(found));
}
