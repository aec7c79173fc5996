// Types of Cleave's built-in module 'cleave/blobs' (docs/state/blobs.md).
declare module 'cleave/blobs' {
    export interface StoredBlob {
        bytes: Uint8Array;
        contentType: string;
        size: number;
    }

    /** The largest blob in bytes (state.blobLimit of the service file). */
    export function limit(): number;
    /** Stores bytes under key, replacing what was there; over the limit is a BadRequest. */
    export function put(key: string, bytes: Uint8Array | ArrayBuffer | ArrayBufferView,
                        options?: { contentType?: string }): Promise<void>;
    export function get(key: string): Promise<StoredBlob | null>;
    export function remove(key: string): Promise<boolean>;
}
