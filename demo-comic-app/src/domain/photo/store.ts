// writes: keeps an uploaded photo (at most 1 MB) as a blob.
import { put } from 'cleave/blobs';
import { PhotoTooLarge, InvalidPhoto } from '../errors';
import { PHOTO_MAX_BYTES, PHOTO_TYPES } from '../limits';

export default async function store(bytes: Uint8Array, contentType: string): Promise<string> {
    if (!(bytes instanceof Uint8Array)) throw new InvalidPhoto('A photo must be sent as bytes (a Uint8Array).');
    if (bytes.length === 0) throw new InvalidPhoto('The photo is empty.');
    if (!PHOTO_TYPES.includes(contentType)) throw new InvalidPhoto('A photo must be a PNG, JPEG, GIF or WebP image.');
    if (bytes.length > PHOTO_MAX_BYTES) {
        throw new PhotoTooLarge(`This photo is ${(bytes.length / 1048576).toFixed(1)} MB; the largest is 1 MB. Try a smaller one.`);
    }
    const id = `photo-${crypto.randomUUID()}`;
    await put(id, bytes, { contentType });
    return id;
}
