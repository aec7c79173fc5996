// bff: stores a photo for a panel background (at most 1 MB).
import store from './store';
import requireRequester from '../authentication/requireRequester';
import type { Requester } from '../types';

export default async function upload(bytes: Uint8Array, contentType: string, requester: Requester | null = null): Promise<string> {
    requireRequester(requester);
    return store(bytes, String(contentType), requester!.id);
}
