// Response (Fetch Standard): what fetch() resolves with, and what handlers build. A fetched
// response has immutable headers. Shares host.response.fromNetwork(...) with fetch().
(function (host) {
    'use strict';

    const { extract, install, parseUrl, dictionary, nullBodyStatus } = host.body;
    const { fromList, copy } = host.headers;
    const { Headers } = globalThis; // taken now: application code may replace the global
    const BUILD = Symbol('Response'); // a constructor argument only this script has
    const REASON_PHRASE = /^[\t\x20-\x7E\x80-\xFF]*$/;
    const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
    let stateOf;

    function unsignedShort(value) { // Web IDL's conversion to unsigned short
        const n = Math.trunc(Number(value));
        return Number.isFinite(n) ? ((n % 65536) + 65536) % 65536 : 0;
    }

    function state(type, status, statusText, headers, bytes) {
        return { type, status, statusText, headers, url: '', redirected: false, body: { bytes, used: false } };
    }

    /** The state of new Response(body, init) and Response.json(data, init); extracted is { bytes, type } or null. */
    function initialize(init, extracted, where) {
        const options = dictionary(init, where);
        const status = options.status === undefined ? 200 : unsignedShort(options.status);
        if (status < 200 || status > 599) throw new RangeError(`${where}: status must be between 200 and 599, not ${status}`);
        const statusText = options.statusText === undefined ? '' : String(options.statusText);
        if (!REASON_PHRASE.test(statusText)) throw new TypeError(`${where}: statusText '${statusText}' has a forbidden character`);
        const headers = new Headers(options.headers);
        if (extracted !== null) {
            if (nullBodyStatus(status)) throw new TypeError(`${where}: a response with status ${status} cannot have a body`);
            if (extracted.type !== null && !headers.has('content-type')) headers.append('content-type', extracted.type);
        }
        return state('default', status, statusText, headers, extracted?.bytes ?? null);
    }

    class Response {
        #s; // { type, status, statusText, headers, url, redirected, body: { bytes, used } }

        constructor(body = null, init = undefined) {
            if (body === BUILD) {
                this.#s = init;
                return;
            }
            this.#s = initialize(init, body === null ? null : extract(body, 'Response'), 'Response');
        }

        get type() { return this.#s.type; }
        get url() { return this.#s.url; }
        get redirected() { return this.#s.redirected; }
        get status() { return this.#s.status; }
        get ok() { return this.#s.status >= 200 && this.#s.status <= 299; }
        get statusText() { return this.#s.statusText; }
        get headers() { return this.#s.headers; }

        clone() {
            const s = this.#s;
            if (s.body.used) throw new TypeError('Response.clone: the body has already been read');
            return new Response(BUILD, { ...s, headers: copy(s.headers), body: { bytes: s.body.bytes, used: false } });
        }

        static error() {
            return new Response(BUILD, state('error', 0, '', fromList([], 'immutable'), null));
        }

        static redirect(url, status = 302) {
            const location = parseUrl(url, 'Response.redirect');
            const code = unsignedShort(status);
            if (!REDIRECT_STATUSES.has(code)) throw new RangeError(`Response.redirect: ${code} is not a redirect status (301, 302, 303, 307, 308)`);
            return new Response(BUILD, state('default', code, '', fromList([['location', location]], 'immutable'), null));
        }

        static json(data, init = undefined) {
            const text = JSON.stringify(data);
            if (text === undefined) throw new TypeError('Response.json: the data cannot be serialized to JSON');
            const extracted = { bytes: extract(text, 'Response.json').bytes, type: 'application/json' };
            return new Response(BUILD, initialize(init, extracted, 'Response.json'));
        }

        static {
            stateOf = (response) => {
                if (response === null || typeof response !== 'object' || !(#s in response)) throw new TypeError('not a Response');
                return response.#s;
            };
        }
    }
    Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });
    install(Response, (response) => stateOf(response).body);

    /** A response as it came from the network; headers is a list of [name, value]. */
    function fromNetwork(status, statusText, headers, url, redirected, bytes) {
        const s = state('basic', status, statusText, fromList(headers, 'immutable'), bytes);
        s.url = url;
        s.redirected = redirected;
        return new Response(BUILD, s);
    }

    host.response = { fromNetwork };
    Object.defineProperty(globalThis, 'Response', { value: Response, writable: true, configurable: true, enumerable: false });
})
