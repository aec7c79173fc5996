import Post from '../domain/Post';
import getPost from './getPost';
import { title } from '../shared/format';
import { store } from '../db/store';

export default async function createPost(text: string, author = 'anonymous'): Promise<Post> {
    const id = store.posts.size + 1;
    store.posts.set(id, `${text} by ${author}`);
    const created = await getPost(id);
    return new Post(created.id, title(created.title));
}
