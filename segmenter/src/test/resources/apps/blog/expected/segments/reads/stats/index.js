export { countPosts } from './count.js';
