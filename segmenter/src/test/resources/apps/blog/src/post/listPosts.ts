import type Post from '../domain/Post';

export const PAGE_SIZE = 20;

interface Query {
    author: string;
    limit?: number;
    [key: string]: unknown;
}

export async function listPosts({ author, limit = PAGE_SIZE, ...filters }: Query, [from, , to]: number[],
                                sort?: 'new' | 'old', ...tags: string[]): Promise<Post[]> {
    return [];
}
