import { NotFound } from 'cleave';
import Post from '../domain/Post.js';
import { title } from '../shared/format.js';
import { store } from '../../../resources/db/store.js';
/** Reads one post. */ export default async function getPost(id) {
  const found = store.posts.get(id);
  if (found === undefined) {
    throw new NotFound(`no post ${id}`);
  }
  return new Post(id, title(found));
}
