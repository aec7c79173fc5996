import { deletePost } from '../__remote__/post/deletePost.js';
import { listPosts, PAGE_SIZE } from '../__remote__/post/listPosts.js';
import { getPost } from '../post/index.js';
export async function purge(author) {
  const { title } = await import('../shared/format.js');
  const posts = await listPosts({
    author,
    limit: PAGE_SIZE
  }, [
    0,
    0,
    10
  ]);
  let deleted = 0;
  for (const post of posts){
    if (await deletePost(post.id)) {
      deleted++;
    }
  }
  console.log(title('purged'), await getPost(1));
  return deleted;
}
