import { title } from '../format';

export default async function getPost(id: number {
    return title(String(id));
}
