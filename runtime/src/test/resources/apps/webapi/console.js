// Calls of console for ConsoleTest; what they print is captured from SLF4J.

export async function levels() {
    console.log('log');
    console.info('info');
    console.debug('debug');
    console.warn('warn');
    console.error('error');
    console.dirxml('dirxml');
}

export async function say(text) {
    console.log(text);
}

export async function formats() {
    const point = new (class Point { constructor() { this.x = 1; this.y = { z: 2 }; } })();
    const lines = [
        ['%s is %d years', 'Ada', 36.5], ['%i|%f|%d', '42.9px', '3.5e1', -0], ['%j', { a: [1, 'x'] }], ['%c styled', 'color: red'],
        ['100%% sure', 'extra', 7], ['%s and %s', 'one'], ['a', 1, 'b', { c: true }], ['%s', { toString() { return 'custom'; } }],
        ['%s|%s|%s', 7n, -0, Symbol('q')], ['%s', { a: { b: 1 } }], ['%d', 5n], ['%x %s', 'y'], ['%%s', 'z'],
        ['%O', { a: { b: { c: { d: 1 } } } }], ['%o', { a: { b: { c: { d: 1 } } } }], [{ a: 1 }, 'str', 2], ['%s'],
        ['%j', (() => { const o = {}; o.o = o; return o; })()], ['%s', point], ['%s', () => 1]
    ];
    for (const args of lines) console.log(...args);
}

export async function values() {
    function named() {}
    class Foo {}
    class Bar extends Foo {}
    const withGetters = { get g() { throw new Error('must not be called'); }, set s(v) {}, get gs() { return 1; }, set gs(v) {} };
    const nullProto = Object.create(null);
    nullProto.a = 1;
    const sparse = [1, , 3];
    sparse.k = 'v';
    const list = [
        { a: 1, b: [1, 2] }, { s: "it's", t: 'x', u: 'both \' and "' }, { a: { b: { c: { d: 1 } } } }, [[[[1]]]],
        Array.from({ length: 101 }, (_, i) => i), new Map([['k', 1]]), new Set([1, 2]), new Map([[{ a: 1 }, new Set(['x'])]]),
        new Date(0), /ab+c/gi, named, Foo, Bar, () => {}, async function af() {}, Symbol('s'), 10n, -0, [-0, 0],
        withGetters, new (class Point { constructor() { this.x = 1; } })(), nullProto, Object.create(null), sparse,
        { 'a-b': 1, [Symbol('k')]: 2 }, ['a\nb', '\x01'], new Uint8Array([1, 2, 3]), new ArrayBuffer(2), [undefined, null],
        'top-level strings print raw', new Number(3), new WeakMap()
    ];
    for (const value of list) console.log(value);
}

export async function references() {
    const self = { name: 'o' };
    self.self = self;
    const outer = { a: { list: [] } };
    outer.a.list.push(outer.a, outer);
    const shared = { n: 1 };
    console.log(self);
    console.log(outer);
    console.log({ first: shared, second: shared });
}

export async function errors() {
    function thrower() {
        return new Error('boom');
    }
    const error = thrower();
    const bare = new RangeError('bare');
    bare.stack = 'RangeError: bare';
    const outer = new Error('outer', { cause: bare });
    outer.stack = 'Error: outer\n    at here (app.js:1:1)';
    console.error(error);
    console.log(bare);
    console.log(outer);
    console.log({ error: outer });
    return error.stack;
}

export async function quietWork() {
    let work = 0;
    const costly = { toString() { work++; return 'costly'; } };
    const inspected = { [Symbol.for('nodejs.util.inspect.custom')]() { work++; return 'inspected'; } };
    console.log('%s', costly);
    console.info('%s', costly);
    console.debug('%s', costly);
    console.trace('%s', costly);
    console.dir(inspected);
    console.table([inspected]);
    console.timeLog('none', costly);
    const skipped = work;
    console.warn('%s', costly);
    return { skipped, afterWarn: work };
}

export async function traced() {
    function inner() {
        console.trace('at %s', 'depth');
    }
    inner();
}

export async function asserts() {
    console.assert(true, 'never printed');
    console.assert(false);
    console.assert(0, 'x is %d', 5);
    console.assert(null, { a: 1 });
}

export async function counts() {
    console.count();
    console.count();
    console.count('x');
    console.countReset();
    console.count();
    console.countReset('nope');
}

export async function timers() {
    console.time('t');
    await new Promise((resolve) => setTimeout(resolve, 20));
    console.timeLog('t', 'extra', { a: 1 });
    console.timeEnd('t');
    console.timeEnd('t');
    console.time('dup');
    console.time('dup');
    console.timeEnd('dup');
}

export async function groups() {
    console.log('top');
    console.group('Group A');
    console.log('in a');
    console.group();
    console.info('deeper\nsecond line');
    console.groupEnd();
    console.groupCollapsed('Collapsed');
    console.warn('in c');
    console.groupEnd();
    console.groupEnd();
    console.groupEnd();
    console.log('back');
}

export async function dirAndTable() {
    const deep = { a: { b: { c: { d: 1 } } } };
    console.dir('str');
    console.dir(deep, { depth: 0 });
    console.dir(deep, { depth: null });
    console.table([{ a: 1, b: 'Y' }, { a: 'Z', c: [1, 2, 3, 4] }]);
    console.table(new Map([['k', { v: 1 }]]));
    console.table(5);
}

export async function globalShape() {
    const desc = Object.getOwnPropertyDescriptor(globalThis, 'console');
    return { enumerable: desc.enumerable, writable: desc.writable, tag: Object.prototype.toString.call(console),
        detached: (() => { const { log } = console; log('unbound'); return true; })() };
}
