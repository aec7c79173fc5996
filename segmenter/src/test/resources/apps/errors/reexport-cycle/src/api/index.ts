export { getPost } from './posts';
