// 'cleave/blobs': binary content (images, say) by key, with its content type, up to the node's limit.
import { BadRequest } from './errors.mjs';
import { host, run, checkKey, describe } from './state.mjs';

const MODULE = 'cleave/blobs';
const CONTENT_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+(\s*;.*)?$/i;
const OPTIONS = ['contentType'];

/** The largest blob, in bytes, that put accepts. */
export function limit() {
    return host(MODULE).blobLimit;
}

/**
 * Stores bytes (a Uint8Array, another typed array, a DataView or an ArrayBuffer) under key,
 * replacing what was there. options.contentType defaults to application/octet-stream.
 */
export async function put(key, bytes, options = {}) {
    checkKey(key, `${MODULE}: the blob key`);
    if (options === null || typeof options !== 'object') throw new BadRequest(`${MODULE}: options must be an object`);
    const unknown = Object.keys(options).filter(name => !OPTIONS.includes(name));
    if (unknown.length) throw new BadRequest(`${MODULE}: unknown option '${unknown[0]}' — known options: ${OPTIONS.join(', ')}`);
    const contentType = options.contentType ?? 'application/octet-stream';
    if (typeof contentType !== 'string' || !CONTENT_TYPE.test(contentType)) {
        throw new BadRequest(`${MODULE}: contentType must be a media type such as 'image/png', got ${describe(contentType)}`);
    }
    const buffer = toArrayBuffer(bytes);
    const state = host(MODULE);
    if (buffer.byteLength > state.blobLimit) {
        throw new BadRequest(`${MODULE}: blob '${key}' is ${buffer.byteLength} bytes, over the limit of ${state.blobLimit} `
            + `bytes (state.blobLimit in the service file)`);
    }
    await run(() => `put of blob '${key}'`, () => state.blobPut(key, contentType, buffer));
}

/** The blob as { bytes: Uint8Array, contentType, size }, or null when there is none. */
export async function get(key) {
    checkKey(key, `${MODULE}: the blob key`);
    const blob = await run(() => `get of blob '${key}'`, () => host(MODULE).blobGet(key));
    if (blob === null || blob === undefined) return null;
    const bytes = new Uint8Array(blob.buffer);
    return { bytes, contentType: blob.contentType, size: bytes.byteLength };
}

/** Removes the blob; false when there was none. */
export async function remove(key) {
    checkKey(key, `${MODULE}: the blob key`);
    return run(() => `remove of blob '${key}'`, () => host(MODULE).blobDelete(key));
}

function toArrayBuffer(bytes) {
    if (bytes instanceof ArrayBuffer) return bytes;
    if (ArrayBuffer.isView(bytes)) {
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
    throw new BadRequest(`${MODULE}: the content must be a Uint8Array or an ArrayBuffer, got ${describe(bytes)}`);
}
