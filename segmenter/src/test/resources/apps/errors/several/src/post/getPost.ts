export function getPost(id: number) { return id; }
export const listPosts = async () => [];
