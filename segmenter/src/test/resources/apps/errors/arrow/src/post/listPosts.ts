export const listPosts = async (author: string) => [author];
