// fetch() (Fetch Standard) over the host's HTTP client. The request goes to Java whole and the
// response comes back whole, on this loop; redirects, the timeout and the wire are Java's.
(function (host) {
    'use strict';

    const { state } = host.request;
    const { list } = host.headers;
    const { fromNetwork } = host.response;
    const { nullBodyStatus, required } = host.body;
    const { Request, DOMException } = globalThis; // taken now: application code may replace the globals
    const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
    // The JDK client does not expose the reason phrase it received (HTTP/2 has none): use the standard ones.
    const STATUS_TEXT = {
        100: 'Continue', 101: 'Switching Protocols', 200: 'OK', 201: 'Created', 202: 'Accepted',
        203: 'Non-Authoritative Information', 204: 'No Content', 205: 'Reset Content', 206: 'Partial Content',
        300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
        307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized',
        402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
        407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
        411: 'Length Required', 412: 'Precondition Failed', 413: 'Content Too Large', 414: 'URI Too Long',
        415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed', 418: "I'm a teapot",
        421: 'Misdirected Request', 422: 'Unprocessable Content', 425: 'Too Early', 426: 'Upgrade Required',
        428: 'Precondition Required', 429: 'Too Many Requests', 431: 'Request Header Fields Too Large',
        451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
        503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
        511: 'Network Authentication Required'
    };

    // The host reads ArrayBuffers, not views: hand it one that holds exactly the body.
    function exactBuffer(bytes) {
        return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
    }

    function failure(kind, message, code) {
        if (kind === 'timeout') return new DOMException(message, 'TimeoutError');
        if (kind === 'type') return new TypeError(message);
        const cause = new Error(message);
        if (code !== null) cause.code = code;
        return new TypeError('fetch failed', { cause });
    }

    function pairs(flat) {
        const result = [];
        for (let i = 0; i < flat.length; i += 2) result.push([flat[i], flat[i + 1]]);
        return result;
    }

    function fetch(input, init = undefined) {
        return new Promise((resolve, reject) => {
            required(arguments.length, 1, 'fetch');
            const s = state(new Request(input, init));
            const scheme = SCHEME.exec(s.url)[1].toLowerCase();
            if (scheme !== 'http' && scheme !== 'https') {
                throw new TypeError(`fetch: the scheme '${scheme}:' of '${s.url}' is not supported; use http: or https:`);
            }
            const signal = s.signal;
            if (signal.aborted) {
                reject(signal.reason);
                return;
            }
            let settled = false;
            let cancel = null;
            const abort = () => {
                if (settled) return;
                settled = true;
                cancel();
                reject(signal.reason);
            };
            const settle = () => {
                settled = true;
                signal.removeEventListener('abort', abort);
            };
            signal.addEventListener('abort', abort);
            const body = s.body.bytes === null ? null : exactBuffer(s.body.bytes);
            cancel = host.send(s.method, s.url, list(s.headers).flat(), body, s.redirect,
                (status, url, redirected, headers, buffer) => {
                    if (settled) return;
                    settle();
                    const bytes = s.method === 'HEAD' || nullBodyStatus(status) ? null : new Uint8Array(buffer ?? new ArrayBuffer(0));
                    resolve(fromNetwork(status, STATUS_TEXT[status] ?? '', pairs(headers), url, redirected, bytes));
                },
                (kind, message, code) => {
                    if (settled) return;
                    settle();
                    reject(failure(kind, message, code));
                });
        });
    }

    Object.defineProperty(globalThis, 'fetch', { value: fetch, writable: true, configurable: true, enumerable: false });
})
