// writes: keeps an uploaded photo (at most 1 MB) as a blob; a creator stores at most PHOTOS_PER_DAY a day (UTC),
// so one account can add at most 30 MB a day to the store.
import { put } from 'cleave/blobs';
import { increment, decrement } from 'cleave/counters';
import { PhotoTooLarge, InvalidPhoto, PhotoQuotaReached } from '../errors';
import { PHOTO_MAX_BYTES, PHOTO_TYPES, PHOTOS_PER_DAY } from '../limits';

export default async function store(bytes: Uint8Array, contentType: string, creatorId: string): Promise<string> {
    if (!(bytes instanceof Uint8Array)) throw new InvalidPhoto('A photo must be sent as bytes (a Uint8Array).');
    if (bytes.length === 0) throw new InvalidPhoto('The photo is empty.');
    if (!PHOTO_TYPES.includes(contentType)) throw new InvalidPhoto('A photo must be a PNG, JPEG, GIF or WebP image.');
    if (bytes.length > PHOTO_MAX_BYTES) {
        throw new PhotoTooLarge(`This photo is ${(bytes.length / 1048576).toFixed(1)} MB; the largest is 1 MB. Try a smaller one.`);
    }
    const today = `photos:${creatorId}:${new Date().toISOString().slice(0, 10)}`;
    if (await increment(today) > PHOTOS_PER_DAY) {
        await decrement(today);
        throw new PhotoQuotaReached(`You have uploaded ${PHOTOS_PER_DAY} photos today, the most for one day. Try again tomorrow.`);
    }
    const id = `photo-${crypto.randomUUID()}`;
    try {
        await put(id, bytes, { contentType });
    } catch (error) {
        await decrement(today);
        throw error;
    }
    return id;
}
