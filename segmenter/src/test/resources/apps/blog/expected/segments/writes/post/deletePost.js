import { store } from '../../../resources/db/store.js';
export async function deletePost(id) {
  return store.posts.delete(id);
}
