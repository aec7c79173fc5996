export { getPost } from './index';
