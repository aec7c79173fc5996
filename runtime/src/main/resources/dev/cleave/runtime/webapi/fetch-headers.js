// Headers (Fetch Standard): name/value pairs whose names compare without case. Values of one name
// combine with ', ' except set-cookie, which getSetCookie() keeps apart. Shares host.headers with
// the other fetch scripts: fromList(pairs, guard), list(headers) and copy(headers).
(function (host) {
    'use strict';

    const { required, TOKEN } = host.body;
    const EDGE_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;
    const BAD_VALUE = /[\0\r\n]|[^\0-\xFF]/; // NUL, CR, LF, or not a ByteString
    const ITERATOR_PROTOTYPE = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
    let internal; // Headers -> its private state, for the other fetch scripts

    function name(value, where) {
        const text = String(value);
        if (!TOKEN.test(text)) throw new TypeError(`${where}: '${text}' is not a valid header name`);
        return text.toLowerCase();
    }

    function value(raw, header, where) {
        const text = String(raw).replace(EDGE_WHITESPACE, '');
        if (BAD_VALUE.test(text)) throw new TypeError(`${where}: the value of header '${header}' has a forbidden character`);
        return text;
    }

    class Headers {
        #list = []; // [lower-case name, value] in order of adding
        #guard = 'none';
        #sorted = null; // sort-and-combine of #list, until the next change

        constructor(init = undefined) {
            if (init === undefined || init === null) return;
            if (typeof init !== 'object' && typeof init !== 'function') {
                throw new TypeError('Headers: init must be an object, an array of [name, value] pairs or a Headers');
            }
            if (typeof init[Symbol.iterator] === 'function') {
                for (const pair of init) {
                    const items = typeof pair === 'object' && pair !== null && typeof pair[Symbol.iterator] === 'function' ? [...pair] : [];
                    if (items.length !== 2) throw new TypeError('Headers: each header must be a [name, value] pair');
                    this.#append(items[0], items[1], 'Headers');
                }
            } else {
                for (const key of Object.keys(init)) this.#append(key, init[key], 'Headers');
            }
        }

        append(header, text) {
            required(arguments.length, 2, 'Headers.append');
            this.#append(header, text, 'Headers.append');
        }

        #append(header, text, where) {
            const key = name(header, where);
            const normalized = value(text, key, where);
            this.#mutable();
            this.#list.push([key, normalized]);
        }

        delete(header) {
            required(arguments.length, 1, 'Headers.delete');
            const key = name(header, 'Headers.delete');
            this.#mutable();
            this.#list = this.#list.filter(([n]) => n !== key);
        }

        get(header) {
            required(arguments.length, 1, 'Headers.get');
            const key = name(header, 'Headers.get');
            const values = this.#list.filter(([n]) => n === key).map(([, v]) => v);
            return values.length === 0 ? null : values.join(', ');
        }

        getSetCookie() {
            return this.#list.filter(([n]) => n === 'set-cookie').map(([, v]) => v);
        }

        has(header) {
            required(arguments.length, 1, 'Headers.has');
            const key = name(header, 'Headers.has');
            return this.#list.some(([n]) => n === key);
        }

        set(header, text) {
            required(arguments.length, 2, 'Headers.set');
            const key = name(header, 'Headers.set');
            const normalized = value(text, key, 'Headers.set');
            this.#mutable();
            const first = this.#list.findIndex(([n]) => n === key);
            if (first < 0) {
                this.#list.push([key, normalized]);
            } else {
                this.#list = this.#list.filter(([n], i) => n !== key || i === first);
                this.#list[first] = [key, normalized];
            }
        }

        forEach(callback, thisArg = undefined) {
            if (typeof callback !== 'function') throw new TypeError('Headers.forEach: the callback must be a function');
            for (let i = 0; i < this.#pairs().length; i++) {
                const [key, text] = this.#pairs()[i];
                callback.call(thisArg, text, key, this);
            }
        }

        entries() { return iterator(this, 'entries'); }
        keys() { return iterator(this, 'keys'); }
        values() { return iterator(this, 'values'); }

        #mutable() {
            if (this.#guard === 'immutable') throw new TypeError('Headers: these headers are immutable (they belong to a fetched response)');
            this.#sorted = null;
        }

        // Sorted by name; one pair per name, except one per set-cookie value.
        #pairs() {
            if (this.#sorted === null) {
                const names = [...new Set(this.#list.map(([n]) => n))].sort();
                this.#sorted = names.flatMap((n) => n === 'set-cookie'
                    ? this.getSetCookie().map((v) => [n, v])
                    : [[n, this.#list.filter(([k]) => k === n).map(([, v]) => v).join(', ')]]);
            }
            return this.#sorted;
        }

        static {
            internal = {
                pairs: (headers) => headers.#pairs(),
                list: (headers) => headers.#list.map(([n, v]) => [n, v]),
                copy: (headers) => internal.fromList(headers.#list, headers.#guard),
                fromList: (list, guard) => {
                    const headers = new Headers();
                    headers.#list = list.map(([n, v]) => [n, v]);
                    headers.#guard = guard;
                    return headers;
                }
            };
        }
    }
    Object.defineProperty(Headers.prototype, Symbol.iterator, { value: Headers.prototype.entries, writable: true, configurable: true });
    Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });

    // The iterator sees changes made while iterating, as Web IDL's pair iterators do.
    const HeadersIterator = Object.create(ITERATOR_PROTOTYPE);
    const iterators = new WeakMap();
    function iterator(headers, kind) {
        const it = Object.create(HeadersIterator);
        internal.pairs(headers); // a brand check: throws for a non-Headers this
        iterators.set(it, { headers, kind, index: 0 });
        return it;
    }
    Object.defineProperty(HeadersIterator, 'next', {
        value: function next() {
            const state = iterators.get(this);
            if (state === undefined) throw new TypeError('next: not a Headers iterator');
            const pairs = internal.pairs(state.headers);
            if (state.index >= pairs.length) return { value: undefined, done: true };
            const [key, text] = pairs[state.index++];
            return { value: state.kind === 'keys' ? key : state.kind === 'values' ? text : [key, text], done: false };
        },
        writable: true, configurable: true
    });
    Object.defineProperty(HeadersIterator, Symbol.toStringTag, { value: 'Headers Iterator', configurable: true });

    host.headers = { fromList: internal.fromList, list: internal.list, copy: internal.copy };
    Object.defineProperty(globalThis, 'Headers', { value: Headers, writable: true, configurable: true, enumerable: false });
})
