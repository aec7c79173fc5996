// Request (Fetch Standard): what fetch() sends. Its signal follows the signal it was given, so
// aborting that aborts this request and every clone. Shares host.request.state(request) with fetch().
(function (host) {
    'use strict';

    const { extract, install, parseUrl, dictionary, required, TOKEN } = host.body;
    const { copy } = host.headers;
    // Taken now: application code may replace the globals.
    const { Headers, AbortSignal } = globalThis;
    const any = AbortSignal.any.bind(AbortSignal);
    const BUILD = Symbol('Request'); // a constructor argument only this script has
    const CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i;
    const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
    const NORMALIZED_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
    const REDIRECTS = new Set(['follow', 'error', 'manual']);
    let stateOf;

    function method(value) {
        const text = String(value);
        if (!TOKEN.test(text)) throw new TypeError(`Request: '${text}' is not a valid HTTP method`);
        const upper = text.toUpperCase();
        if (FORBIDDEN_METHODS.has(upper)) throw new TypeError(`Request: the method '${text}' is forbidden`);
        return NORMALIZED_METHODS.has(upper) ? upper : text;
    }

    function url(input) {
        const href = parseUrl(input, 'Request');
        if (CREDENTIALS.test(href)) throw new TypeError(`Request: '${href}' includes credentials; send them in an Authorization header`);
        return href;
    }

    function redirect(value) {
        const text = String(value);
        if (!REDIRECTS.has(text)) throw new TypeError(`Request: redirect must be 'follow', 'error' or 'manual', not '${text}'`);
        return text;
    }

    function follow(signal) {
        if (signal === null || signal === undefined) return any([]);
        if (!(signal instanceof AbortSignal)) throw new TypeError('Request: signal must be an AbortSignal');
        return any([signal]);
    }

    // Stored and reported, with no effect on a server-side fetch (as in other server runtimes).
    const PASSIVE = { mode: 'cors', credentials: 'same-origin', cache: 'default', referrer: 'about:client',
        referrerPolicy: '', integrity: '', keepalive: false };

    function passive(options, from) {
        const result = {};
        for (const [key, fallback] of Object.entries(PASSIVE)) {
            const given = options[key];
            result[key] = given === undefined ? from?.options[key] ?? fallback : typeof fallback === 'boolean' ? !!given : String(given);
        }
        return result;
    }

    class Request {
        #s; // { url, method, headers, body: { bytes, used }, redirect, signal, options }

        constructor(input, init = undefined) {
            if (input === BUILD) {
                this.#s = init;
                return;
            }
            required(arguments.length, 1, 'Request');
            const options = dictionary(init, 'Request');
            const from = input instanceof Request ? input.#s : null;
            if (from !== null && from.body.used) throw new TypeError("Request: the input request's body has already been read");
            const s = {
                url: from !== null ? from.url : url(input),
                method: options.method !== undefined ? method(options.method) : from?.method ?? 'GET',
                redirect: options.redirect !== undefined ? redirect(options.redirect) : from?.redirect ?? 'follow',
                signal: follow(options.signal !== undefined ? options.signal : from?.signal),
                headers: new Headers(options.headers !== undefined ? options.headers : from?.headers),
                body: { bytes: null, used: false },
                options: passive(options, from)
            };
            const initBody = options.body ?? null;
            const inputBody = from?.body.bytes ?? null;
            if ((initBody !== null || inputBody !== null) && (s.method === 'GET' || s.method === 'HEAD')) {
                throw new TypeError(`Request: a ${s.method} request cannot have a body`);
            }
            if (initBody !== null) {
                const { bytes, type } = extract(initBody, 'Request');
                s.body.bytes = bytes;
                if (type !== null && !s.headers.has('content-type')) s.headers.append('content-type', type);
            } else if (inputBody !== null) {
                s.body.bytes = inputBody;
                from.body.used = true; // this request takes the body over
            }
            this.#s = s;
        }

        get method() { return this.#s.method; }
        get url() { return this.#s.url; }
        get headers() { return this.#s.headers; }
        get redirect() { return this.#s.redirect; }
        get signal() { return this.#s.signal; }
        get destination() { return ''; }
        get duplex() { return 'half'; }

        clone() {
            const s = this.#s;
            if (s.body.used) throw new TypeError('Request.clone: the body has already been read');
            return new Request(BUILD, { ...s, headers: copy(s.headers), signal: any([s.signal]), body: { bytes: s.body.bytes, used: false } });
        }

        static {
            stateOf = (request) => {
                if (request === null || typeof request !== 'object' || !(#s in request)) throw new TypeError('not a Request');
                return request.#s;
            };
        }
    }
    for (const key of Object.keys(PASSIVE)) {
        Object.defineProperty(Request.prototype, key, { get() { return stateOf(this).options[key]; }, configurable: true });
    }
    Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });
    install(Request, (request) => stateOf(request).body);

    host.request = { state: stateOf };
    Object.defineProperty(globalThis, 'Request', { value: Request, writable: true, configurable: true, enumerable: false });
})
