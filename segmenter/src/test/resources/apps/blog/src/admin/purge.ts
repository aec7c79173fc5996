import { deletePost } from '../post/deletePost';
import { listPosts, PAGE_SIZE } from '../post/listPosts';
import { getPost } from '../post';

export async function purge(author: string): Promise<number> {
    const { title } = await import('../shared/format');
    const posts = await listPosts({ author, limit: PAGE_SIZE }, [0, 0, 10]);
    let deleted = 0;
    for (const post of posts) {
        if (await deletePost(post.id)) {
            deleted++;
        }
    }
    console.log(title('purged'), await getPost(1));
    return deleted;
}
