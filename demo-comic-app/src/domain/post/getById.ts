// reads: a post (removed ones too: the caller decides), or null.
import { posts } from '../store/collections';
import type { Post } from '../types';

export default async function getById(id: string): Promise<Post | null> {
    return posts.get(id);
}
