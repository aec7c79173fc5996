// Photos of panel backgrounds: fetched once through the bff and kept as object URLs.
import download from '../src/domain/photo/download';

const urls = new Map<string, Promise<string>>();

export function photoUrl(id: string): Promise<string> {
    let url = urls.get(id);
    if (!url) {
        url = download(id).then(photo => URL.createObjectURL(new Blob([photo.bytes], { type: photo.contentType })));
        url.catch(() => urls.delete(id));
        urls.set(id, url);
    }
    return url;
}
