import { store } from '../db/store';

export async function deletePost(id: number): Promise<boolean> {
    return store.posts.delete(id);
}
