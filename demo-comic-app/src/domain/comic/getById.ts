// reads: a comic, or null.
import { comics } from '../store/collections';
import type { Comic } from '../types';

export default async function getById(id: string): Promise<Comic | null> {
    return comics.get(id);
}
