import Post from '../domain/Post.js';
import getPost from '../__remote__/post/getPost.js';
import { title } from '../shared/format.js';
import { store } from '../../../resources/db/store.js';
export default async function createPost(text, author = 'anonymous') {
  const id = store.posts.size + 1;
  store.posts.set(id, `${text} by ${author}`);
  const created = await getPost(id);
  return new Post(created.id, title(created.title));
}
