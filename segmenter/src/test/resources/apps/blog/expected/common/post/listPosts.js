export const PAGE_SIZE = 20;
export async function listPosts({ author, limit = PAGE_SIZE, ...filters }, [from, , to], sort, ...tags) {
  return [];
}
