// reads: a stored photo, or null.
import { get } from 'cleave/blobs';

export default async function load(id: string): Promise<{ contentType: string, bytes: Uint8Array } | null> {
    const blob = await get(String(id));
    return blob === null ? null : { contentType: blob.contentType, bytes: new Uint8Array(blob.bytes) };
}
