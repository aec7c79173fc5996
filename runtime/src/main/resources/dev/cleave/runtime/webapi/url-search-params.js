// URLSearchParams (URL Standard §6.2) over the application/x-www-form-urlencoded format (§5).
// Defines the global and returns to url.js what a URL needs: create the object of its query, with
// the step that writes changes back to the URL, and replace its list when the URL's query is set.
(function (host) {
    'use strict';

    const percent = host.percent;
    const toUSV = (value) => `${value}`.toWellFormed();

    function parseForm(input) {
        const list = [];
        for (const sequence of input.split('&')) {
            if (sequence === '') continue;
            const eq = sequence.indexOf('=');
            const name = eq < 0 ? sequence : sequence.slice(0, eq);
            const value = eq < 0 ? '' : sequence.slice(eq + 1);
            list.push([percent.decode(name.replaceAll('+', ' ')), percent.decode(value.replaceAll('+', ' '))]);
        }
        return list;
    }

    const serializeForm = (list) => list
        .map(([name, value]) => percent.encode(name, percent.FORM, true) + '=' + percent.encode(value, percent.FORM, true))
        .join('&');

    function required(given, count, method) {
        if (given < count) {
            throw new TypeError(`URLSearchParams.${method}: ${count} argument${count > 1 ? 's' : ''} required, but only ${given} present`);
        }
    }

    /** init as sequence<sequence<USVString>>: every item a pair. */
    function pairsOf(init, iteratorMethod) {
        const list = [];
        for (const pair of { [Symbol.iterator]: () => iteratorMethod.call(init) }) {
            if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') || typeof pair[Symbol.iterator] !== 'function') {
                throw new TypeError('URLSearchParams: each item of the sequence must be a [name, value] pair');
            }
            const items = Array.from(pair, toUSV);
            if (items.length !== 2) throw new TypeError(`URLSearchParams: a pair must have 2 items, this one has ${items.length}`);
            list.push(items);
        }
        return list;
    }

    /** init as record<USVString, USVString>: its own enumerable properties. */
    function recordOf(init) {
        const map = new Map();
        for (const key of Reflect.ownKeys(init)) {
            const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
            if (descriptor !== undefined && descriptor.enumerable) map.set(toUSV(key), toUSV(init[key]));
        }
        return Array.from(map);
    }

    let create, replaceList, listOf;

    class URLSearchParams {
        #list;
        #update = null;

        static {
            create = (query, update) => {
                const params = new URLSearchParams();
                params.#list = parseForm(query);
                params.#update = update;
                return params;
            };
            replaceList = (params, query) => { params.#list = parseForm(query); };
            listOf = (params) => params.#list;
        }

        constructor(init = '') {
            if (init !== null && (typeof init === 'object' || typeof init === 'function')) {
                const iteratorMethod = init[Symbol.iterator];
                if (iteratorMethod !== undefined && iteratorMethod !== null) {
                    if (typeof iteratorMethod !== 'function') throw new TypeError('URLSearchParams: init[Symbol.iterator] is not a function');
                    this.#list = pairsOf(init, iteratorMethod);
                } else {
                    this.#list = recordOf(init);
                }
            } else {
                const query = toUSV(init);
                this.#list = parseForm(query.startsWith('?') ? query.slice(1) : query);
            }
        }

        #changed() {
            if (this.#update !== null) this.#update(this.#list.length === 0 ? null : serializeForm(this.#list));
        }

        get size() { return this.#list.length; }

        append(name, value) {
            required(arguments.length, 2, 'append');
            this.#list.push([toUSV(name), toUSV(value)]);
            this.#changed();
        }

        delete(name, value = undefined) {
            required(arguments.length, 1, 'delete');
            const n = toUSV(name), v = value === undefined ? undefined : toUSV(value);
            this.#list = this.#list.filter(([key, val]) => key !== n || (v !== undefined && val !== v));
            this.#changed();
        }

        get(name) {
            required(arguments.length, 1, 'get');
            const n = toUSV(name);
            const pair = this.#list.find(([key]) => key === n);
            return pair === undefined ? null : pair[1];
        }

        getAll(name) {
            required(arguments.length, 1, 'getAll');
            const n = toUSV(name);
            return this.#list.filter(([key]) => key === n).map(([, value]) => value);
        }

        has(name, value = undefined) {
            required(arguments.length, 1, 'has');
            const n = toUSV(name), v = value === undefined ? undefined : toUSV(value);
            return this.#list.some(([key, val]) => key === n && (v === undefined || val === v));
        }

        set(name, value) {
            required(arguments.length, 2, 'set');
            const n = toUSV(name), v = toUSV(value);
            const first = this.#list.findIndex(([key]) => key === n);
            if (first < 0) {
                this.#list.push([n, v]);
            } else {
                this.#list = this.#list.filter(([key], i) => i <= first || key !== n);
                this.#list[first] = [n, v];
            }
            this.#changed();
        }

        sort() {
            // Array.prototype.sort is stable, and < compares strings by UTF-16 code units, as the standard asks.
            this.#list.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
            this.#changed();
        }

        forEach(callback, thisArg = undefined) {
            required(arguments.length, 1, 'forEach');
            if (typeof callback !== 'function') throw new TypeError('URLSearchParams.forEach: the callback must be a function');
            // The list is read again on each step: callbacks that change it are seen, as with Web IDL iterables.
            for (let i = 0; i < this.#list.length; i++) {
                const [name, value] = this.#list[i];
                callback.call(thisArg, value, name, this);
            }
        }

        entries() { return new ParamsIterator(this, 'entries'); }
        keys() { return new ParamsIterator(this, 'keys'); }
        values() { return new ParamsIterator(this, 'values'); }
        toString() { return serializeForm(this.#list); }
    }

    /** The Web IDL pair iterator: live over the list, by index. */
    class ParamsIterator {
        #params;
        #kind;
        #index = 0;

        constructor(params, kind) {
            listOf(params);
            this.#params = params;
            this.#kind = kind;
        }

        next() {
            const list = listOf(this.#params);
            if (this.#index >= list.length) return { value: undefined, done: true };
            const [name, value] = list[this.#index++];
            return { value: this.#kind === 'keys' ? name : this.#kind === 'values' ? value : [name, value], done: false };
        }
    }

    const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
    Object.setPrototypeOf(ParamsIterator.prototype, iteratorPrototype);
    delete ParamsIterator.prototype.constructor;
    Object.defineProperty(ParamsIterator.prototype, Symbol.toStringTag, { value: 'URLSearchParams Iterator', configurable: true });

    const proto = URLSearchParams.prototype;
    for (const key of Object.getOwnPropertyNames(proto)) {
        if (key !== 'constructor') Object.defineProperty(proto, key, { enumerable: true });
    }
    Object.defineProperty(proto, Symbol.iterator, { value: proto.entries, writable: true, configurable: true });
    Object.defineProperty(proto, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
    Object.defineProperty(globalThis, 'URLSearchParams', { value: URLSearchParams, writable: true, configurable: true });

    return { create, replaceList };
})
