// The body of a Request or a Response (the Fetch Standard's Body mixin), held whole as bytes.
// ReadableStream is not offered yet, so neither type has a `body` property: a `null` there would
// claim "no body". Also the helpers the fetch scripts share, as host.body; this script runs first.
(function (host) {
    'use strict';

    const encoder = new TextEncoder();
    const decoder = new TextDecoder(); // the standard's "UTF-8 decode": drops a BOM, replaces bad bytes
    const EMPTY = new Uint8Array(0);
    const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
    const TEXT = 'text/plain;charset=UTF-8';
    const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/; // RFC 9110 token: header names and methods

    function required(count, needed, where) {
        if (count < needed) throw new TypeError(`${where}: ${needed} argument${needed > 1 ? 's' : ''} required, but only ${count} present`);
    }

    function dictionary(value, where) {
        if (value === undefined || value === null) return {};
        if (typeof value !== 'object' && typeof value !== 'function') throw new TypeError(`${where}: init must be an object`);
        return value;
    }

    function unsupported(value, type) {
        const Type = globalThis[type];
        return typeof Type === 'function' && value instanceof Type;
    }

    /** A BodyInit as { bytes, type }: the bytes are a copy, the type a Content-Type or null. */
    function extract(init, where) {
        if (typeof init === 'string') return { bytes: encoder.encode(init), type: TEXT };
        if (init instanceof ArrayBuffer || unsupported(init, 'SharedArrayBuffer')) return { bytes: new Uint8Array(init.slice(0)), type: null };
        if (ArrayBuffer.isView(init)) {
            return { bytes: new Uint8Array(init.buffer.slice(init.byteOffset, init.byteOffset + init.byteLength)), type: null };
        }
        if (unsupported(init, 'URLSearchParams')) {
            return { bytes: encoder.encode(String(init)), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
        }
        if (unsupported(init, 'ReadableStream') || unsupported(init, 'Blob') || unsupported(init, 'FormData')
            || (typeof init === 'object' && init !== null && typeof init[Symbol.asyncIterator] === 'function')) {
            throw new TypeError(`${where}: streams, Blob and FormData bodies are not supported yet; pass a string, an ArrayBuffer or a typed array`);
        }
        return { bytes: encoder.encode(String(init)), type: TEXT }; // Web IDL turns any other value into a string
    }

    /** An absolute URL, parsed with the URL global when there is one, else by the host. */
    function parseUrl(input, where) {
        const text = String(input);
        let href = null;
        if (typeof globalThis.URL === 'function') {
            try {
                href = new globalThis.URL(text).href;
            } catch {
                href = null;
            }
        } else {
            href = host.resolveUrl(text);
        }
        if (href === null || href === undefined) throw new TypeError(`${where}: '${text}' is not a valid absolute URL`);
        return href;
    }

    // A body is { bytes: Uint8Array | null, used: boolean }; reading it once uses it up.
    function take(body, where) {
        if (body.used) throw new TypeError(`${where}: the body has already been read; clone() before reading twice`);
        if (body.bytes === null) return EMPTY;
        body.used = true;
        return body.bytes;
    }

    /** Adds text(), json(), arrayBuffer(), bytes(), blob(), formData() and bodyUsed to a type. */
    function install(type, bodyOf) {
        const name = type.name;
        const methods = {
            async text() { return decoder.decode(take(bodyOf(this), `${name}.text`)); },
            async json() { return JSON.parse(decoder.decode(take(bodyOf(this), `${name}.json`))); },
            async arrayBuffer() { return take(bodyOf(this), `${name}.arrayBuffer`).slice().buffer; },
            async bytes() { return take(bodyOf(this), `${name}.bytes`).slice(); },
            async blob() { throw new TypeError(`${name}.blob: Blob is not supported yet; use arrayBuffer() or bytes()`); },
            async formData() { throw new TypeError(`${name}.formData: FormData is not supported yet; use text() or json()`); }
        };
        for (const [key, method] of Object.entries(methods)) {
            Object.defineProperty(type.prototype, key, { value: method, writable: true, configurable: true });
        }
        Object.defineProperty(type.prototype, 'bodyUsed', {
            get() {
                const body = bodyOf(this);
                return body.bytes !== null && body.used;
            },
            configurable: true
        });
    }

    host.body = {
        extract, install, parseUrl, dictionary, required, TOKEN,
        nullBodyStatus: (status) => NULL_BODY_STATUSES.has(status)
    };
})
