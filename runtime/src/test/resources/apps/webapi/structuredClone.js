// Uses of structuredClone for StructuredCloneTest; each returns what it observed as plain data.

const failure = (action) => {
    try {
        action();
        return 'none';
    } catch (error) {
        return `${error.constructor.name}:${error.name}:${error.message}`;
    }
};

export async function primitives() {
    const same = (v) => Object.is(structuredClone(v), v);
    return {
        negativeZero: same(-0), nan: same(NaN), bigint: structuredClone(2n ** 70n) === 2n ** 70n,
        others: [1.5, 'text', true, null, undefined].every(same)
    };
}

export async function wrappers() {
    const values = [new Boolean(false), new Number(-0), new String('abc'), Object(7n)];
    return values.map((value) => {
        const copy = structuredClone(value);
        return {
            type: typeof copy, distinct: copy !== value, tag: Object.prototype.toString.call(copy),
            equal: Object.is(copy.valueOf(), value.valueOf())
        };
    });
}

export async function datesAndRegExps() {
    const date = new Date(Date.UTC(2020, 1, 29, 12));
    const regexp = /a(b)c/gimsuy;
    regexp.lastIndex = 3;
    const copies = structuredClone({ date, regexp });
    return {
        date: copies.date instanceof Date && copies.date !== date && copies.date.getTime() === date.getTime(),
        source: copies.regexp.source, flags: copies.regexp.flags, lastIndex: copies.regexp.lastIndex,
        distinctRegExp: copies.regexp !== regexp
    };
}

export async function buffers() {
    const buffer = new Uint8Array([1, 2, 3]).buffer;
    const copy = structuredClone(buffer);
    new Uint8Array(buffer)[0] = 9;
    const shared = new ArrayBuffer(8);
    const bytes = new Uint8Array(shared, 2, 3);
    const view = new DataView(shared, 1);
    bytes[0] = 5;
    const clones = structuredClone({ bytes, view, words: new Uint16Array([1, 65535]) });
    return {
        copied: copy instanceof ArrayBuffer && copy !== buffer && Array.from(new Uint8Array(copy)).join() === '1,2,3',
        sharedBuffer: clones.bytes.buffer === clones.view.buffer && clones.bytes.buffer !== shared,
        bytes: [clones.bytes.byteOffset, clones.bytes.length, clones.bytes[0]],
        view: [clones.view.byteOffset, clones.view.byteLength, clones.view.getUint8(1)],
        words: [clones.words.constructor.name, Array.from(clones.words).join()]
    };
}

export async function transfers() {
    const buffer = new Uint8Array([7, 8]).buffer;
    const moved = structuredClone(buffer, { transfer: [buffer] });
    const viewed = new Uint8Array([4, 5, 6]);
    const movedView = structuredClone({ viewed }, { transfer: [viewed.buffer] });
    const kept = new ArrayBuffer(4);
    const failed = failure(() => structuredClone({ kept, fn() {} }, { transfer: [kept] }));
    const once = new ArrayBuffer(1);
    return {
        detached: buffer.detached === true && buffer.byteLength === 0,
        moved: Array.from(new Uint8Array(moved)).join(),
        viewDetached: viewed.buffer.detached === true && viewed.length === 0,
        movedView: Array.from(movedView.viewed).join(),
        failed: failed.split(':')[1], keptIntact: kept.byteLength === 4 && !kept.detached,
        twice: failure(() => structuredClone(once, { transfer: [once, once] })).split(':')[1],
        notBuffer: failure(() => structuredClone(1, { transfer: [new Uint8Array(1)] })).split(':')[1],
        detachedAgain: failure(() => structuredClone(buffer, { transfer: [buffer] })).split(':')[1],
        notObject: failure(() => structuredClone(1, { transfer: [1] })).split(':')[0]
    };
}

export async function collections() {
    const key = { k: 1 };
    const map = new Map([[key, 'value'], ['self', null]]);
    map.set('self', map);
    const set = new Set([key, 'x']);
    const copies = structuredClone({ map, set });
    const copiedKey = [...copies.map.keys()][0];
    return {
        map: copies.map instanceof Map && copies.map.size === 2 && copies.map.get('self') === copies.map,
        keyCopied: copiedKey !== key && copiedKey.k === 1,
        setSharesKey: copies.set.has(copiedKey) && copies.set.has('x') && copies.set.size === 2
    };
}

export async function errors() {
    const type = new TypeError('bad type', { cause: { why: 'root' } });
    const custom = new RangeError('custom');
    custom.name = 'MyError';
    const dom = new DOMException('stop', 'AbortError');
    const [t, c, d] = structuredClone([type, custom, dom]);
    return {
        type: [t instanceof TypeError, t.name, t.message, t.cause.why, t.cause !== type.cause, t.stack === type.stack],
        messageOwn: Object.getOwnPropertyDescriptor(t, 'message').enumerable,
        custom: [c.constructor.name, c.name, c.message],
        dom: [d instanceof DOMException, d.name, d.message, d.code]
    };
}

export async function objectsAndArrays() {
    let reads = 0;
    class Point {
        constructor() {
            this.x = 1;
        }
        get doubled() {
            return this.x * 2;
        }
    }
    const source = { get counted() { reads++; return 'read'; }, point: new Point(), [Symbol('s')]: 1 };
    Object.defineProperty(source, 'hidden', { value: 1, enumerable: false });
    const array = [1, , 3];
    array.extra = 'kept';
    const copy = structuredClone({ source, array });
    return {
        reads, counted: Object.getOwnPropertyDescriptor(copy.source, 'counted').value,
        pointIsPlain: Object.getPrototypeOf(copy.source.point) === Object.prototype && copy.source.point.x === 1
            && !('doubled' in copy.source.point),
        hiddenDropped: !('hidden' in copy.source), symbolsDropped: Object.getOwnPropertySymbols(copy.source).length === 0,
        array: [Array.isArray(copy.array), copy.array.length, 1 in copy.array, copy.array[2], copy.array.extra]
    };
}

export async function graphs() {
    const shared = { n: 1 };
    const root = { a: shared, b: shared, list: [shared] };
    root.self = root;
    root.list.push(root.list);
    const copy = structuredClone(root);
    return {
        self: copy.self === copy, shared: copy.a === copy.b && copy.list[0] === copy.a,
        fresh: copy.a !== shared, arrayCycle: copy.list[1] === copy.list
    };
}

export async function uncloneables() {
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const cases = {
        function: () => structuredClone({ f: function named() {} }),
        symbol: () => structuredClone(Symbol('tag')),
        symbolObject: () => structuredClone(Object(Symbol('boxed'))),
        weakMap: () => structuredClone(new WeakMap()),
        weakSet: () => structuredClone([new WeakSet()]),
        promise: () => structuredClone(Promise.resolve(1)),
        generator: () => structuredClone((function* gen() {})()),
        revokedProxy: () => structuredClone(revocable.proxy),
        sharedBuffer: () => structuredClone(new SharedArrayBuffer(4)),
        noArguments: () => structuredClone()
    };
    return Object.fromEntries(Object.entries(cases).map(([name, action]) => [name, failure(action)]));
}
