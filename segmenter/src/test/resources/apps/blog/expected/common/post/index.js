export { default as getPost } from '../__remote__/post/getPost.js';
export * from '../__remote__/post/listPosts.js';
