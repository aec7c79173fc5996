// writes: stores a validated comic as a structured document.
import { comics } from '../store/collections';
import validateComic from './validate';
import type { Comic } from '../types';

export default async function create(creatorId: string, panels: unknown): Promise<Comic> {
    const comic: Comic = { id: crypto.randomUUID(), creatorId, panels: validateComic(panels) };
    await comics.insert(comic);
    return comic;
}
