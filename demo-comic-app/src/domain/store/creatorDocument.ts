// How a creator is stored: the Creator plus a lower-case search text of nickname and name.
import type { Creator } from '../types';

export function searchText(creator: { nickname: string, fullName: string }): string {
    return `${creator.nickname} ${creator.fullName}`.toLowerCase();
}

/** The Creator of a stored document. */
export function strip(document: any): Creator {
    const { search, ...creator } = document;
    return creator;
}
