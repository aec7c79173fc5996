export const limits = { posts: 10 };
