export { default as getPost } from './getPost';
export * from './listPosts';
