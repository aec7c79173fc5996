import { put, get, remove, limit } from 'cleave/blobs';

/** Stores size bytes (byte i is i % 251) under key. */
export async function store(key: string, size: number, contentType: string): Promise<number> {
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) bytes[i] = i % 251;
    await put(key, bytes, { contentType });
    return size;
}

/** The blob's type and size, and whether every byte is as store wrote it. */
export async function check(key: string): Promise<object | null> {
    const blob = await get(key);
    if (blob === null) return null;
    const intact = blob.bytes.every((byte: number, i: number) => byte === i % 251);
    return { contentType: blob.contentType, size: blob.size, intact };
}

export async function drop(key: string): Promise<boolean> {
    return remove(key);
}

export async function maximum(): Promise<number> {
    return limit();
}
