// bff: a photo of a panel background.
import load from './load';
import { NotFound } from 'jitar';

export default async function download(id: string): Promise<{ contentType: string, bytes: Uint8Array }> {
    const photo = await load(String(id));
    if (photo === null) throw new NotFound('This photo is gone.');
    return photo;
}
