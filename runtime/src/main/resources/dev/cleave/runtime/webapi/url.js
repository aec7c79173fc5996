// The URL class (URL Standard §6.1) over the record of url-parser.js. Its searchParams object is
// kept in sync both ways: URLSearchParams writes its changes to the record's query, and the setters
// of href and search replace the object's list.
(function (host) {
    'use strict';

    const { percent, parser, params } = host;
    const { states } = parser;
    const toUSV = (value) => `${value}`.toWellFormed();
    const FROM_RECORD = Symbol('URL from a parsed record');

    /** The API URL parser over converted arguments: a record, or null when url or base is not a valid URL. */
    function parseWithBase(url, base) {
        if (base === undefined) return parser.parse(url);
        const baseRecord = parser.parse(base);
        return baseRecord === null ? null : parser.parse(url, baseRecord);
    }

    function invalid(url, base) {
        const against = base === undefined ? '' : ` against base '${base}'`;
        return new TypeError(`Invalid URL: '${url}'${against}`);
    }

    class URL {
        #url;
        #query = null; // the searchParams object, made on first use

        constructor(url, base = undefined) {
            if (arguments.length < 1) throw new TypeError('URL: 1 argument required, but only 0 present');
            let parsed;
            if (url === FROM_RECORD) {
                parsed = base;
            } else {
                url = toUSV(url);
                base = base === undefined ? undefined : toUSV(base);
                parsed = parseWithBase(url, base);
                if (parsed === null) throw invalid(url, base);
            }
            this.#url = parsed;
        }

        static canParse(url, base = undefined) {
            if (arguments.length < 1) throw new TypeError('URL.canParse: 1 argument required, but only 0 present');
            return parseWithBase(toUSV(url), base === undefined ? undefined : toUSV(base)) !== null;
        }

        static parse(url, base = undefined) {
            if (arguments.length < 1) throw new TypeError('URL.parse: 1 argument required, but only 0 present');
            const parsed = parseWithBase(toUSV(url), base === undefined ? undefined : toUSV(base));
            return parsed === null ? null : new URL(FROM_RECORD, parsed);
        }

        get href() { return parser.serialize(this.#url); }

        set href(value) {
            const input = toUSV(value);
            const parsed = parser.parse(input);
            if (parsed === null) throw invalid(input);
            this.#url = parsed;
            if (this.#query !== null) params.replaceList(this.#query, parsed.query ?? '');
        }

        get origin() { return parser.origin(this.#url); }

        get protocol() { return this.#url.scheme + ':'; }
        set protocol(value) { parser.parse(`${toUSV(value)}:`, null, this.#url, states.SCHEME_START); }

        get username() { return this.#url.username; }
        set username(value) {
            const input = toUSV(value);
            if (!parser.cannotHaveCredentialsOrPort(this.#url)) this.#url.username = percent.encode(input, percent.USERINFO);
        }

        get password() { return this.#url.password; }
        set password(value) {
            const input = toUSV(value);
            if (!parser.cannotHaveCredentialsOrPort(this.#url)) this.#url.password = percent.encode(input, percent.USERINFO);
        }

        get host() {
            const { host, port } = this.#url;
            return host === null ? '' : port === null ? host : `${host}:${port}`;
        }
        set host(value) {
            const input = toUSV(value);
            if (!parser.hasOpaquePath(this.#url)) parser.parse(input, null, this.#url, states.HOST);
        }

        get hostname() { return this.#url.host ?? ''; }
        set hostname(value) {
            const input = toUSV(value);
            if (!parser.hasOpaquePath(this.#url)) parser.parse(input, null, this.#url, states.HOSTNAME);
        }

        get port() { return this.#url.port === null ? '' : String(this.#url.port); }
        set port(value) {
            const input = toUSV(value);
            if (parser.cannotHaveCredentialsOrPort(this.#url)) return;
            if (input === '') this.#url.port = null;
            else parser.parse(input, null, this.#url, states.PORT);
        }

        get pathname() { return parser.serializePath(this.#url); }
        set pathname(value) {
            const input = toUSV(value);
            if (parser.hasOpaquePath(this.#url)) return;
            this.#url.path = [];
            parser.parse(input, null, this.#url, states.PATH_START);
        }

        get search() {
            const query = this.#url.query;
            return query === null || query === '' ? '' : '?' + query;
        }
        set search(value) {
            const input = toUSV(value);
            if (input === '') {
                this.#url.query = null;
                if (this.#query !== null) params.replaceList(this.#query, '');
                return;
            }
            const query = input.startsWith('?') ? input.slice(1) : input;
            this.#url.query = '';
            parser.parse(query, null, this.#url, states.QUERY);
            if (this.#query !== null) params.replaceList(this.#query, query);
        }

        get searchParams() {
            this.#query ??= params.create(this.#url.query ?? '', (query) => { this.#url.query = query; });
            return this.#query;
        }

        get hash() {
            const fragment = this.#url.fragment;
            return fragment === null || fragment === '' ? '' : '#' + fragment;
        }
        set hash(value) {
            const input = toUSV(value);
            if (input === '') {
                this.#url.fragment = null;
                return;
            }
            this.#url.fragment = '';
            parser.parse(input.startsWith('#') ? input.slice(1) : input, null, this.#url, states.FRAGMENT);
        }

        toString() { return this.href; }
        toJSON() { return this.href; }
    }

    // Web IDL attributes and operations are enumerable, unlike those of a class.
    const proto = URL.prototype;
    for (const key of Object.getOwnPropertyNames(proto)) {
        if (key !== 'constructor') Object.defineProperty(proto, key, { enumerable: true });
    }
    for (const key of ['canParse', 'parse']) Object.defineProperty(URL, key, { enumerable: true });
    Object.defineProperty(proto, Symbol.toStringTag, { value: 'URL', configurable: true });
    Object.defineProperty(globalThis, 'URL', { value: URL, writable: true, configurable: true });
})
