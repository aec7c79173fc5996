// Shared: bounds on the ids and cursors that procedures take (each procedure is an internet endpoint).
import { InvalidInput } from '../errors';

const ID_MAX = 100;
const CURSOR_MAX = 2048;

export function checkId(value: unknown, name: string): string {
    if (typeof value !== 'string' || value.length > ID_MAX) throw new InvalidInput(`${name} must be a string of at most ${ID_MAX} characters.`);
    return value;
}

export function checkIds(value: unknown, max: number, name: string): string[] {
    if (!Array.isArray(value) || value.length > max) throw new InvalidInput(`${name} must be a list of at most ${max} ids.`);
    return value.map(id => checkId(id, name));
}

/** The browser's "Load more" cursor: '' (or none) for the first page, else the `next` of the page before. */
export function checkCursor(value: unknown): string {
    if (value === undefined || value === null || value === '') return '';
    if (typeof value !== 'string' || value.length > CURSOR_MAX) throw new InvalidInput(`cursor must be the 'next' of the previous page (at most ${CURSOR_MAX} characters).`);
    return value;
}
