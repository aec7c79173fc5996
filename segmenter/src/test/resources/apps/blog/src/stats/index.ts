export { countPosts } from './count';
