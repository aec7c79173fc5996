import { title } from '../shared/titles';

export default async function getPost(id: number) { return title(id); }
