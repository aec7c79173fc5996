// bff: stores a photo for a panel background (at most 1 MB).
import store from './store';
import requireRequester from '../authentication/requireRequester';
import type { Requester } from '../types';

export default async function upload(requester: Requester | null, bytes: Uint8Array, contentType: string): Promise<string> {
    requireRequester(requester);
    return store(bytes, String(contentType));
}
