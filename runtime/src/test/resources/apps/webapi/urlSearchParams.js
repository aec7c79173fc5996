// Exercises URLSearchParams on its own for UrlTest; every export returns plain data.

const pairs = (params) => [...params];

function errorName(f) {
    try {
        f();
        return 'no error';
    } catch (error) {
        return error.name;
    }
}

export async function parsing(input) {
    return pairs(new URLSearchParams(input));
}

export async function constructors() {
    const source = new URLSearchParams('a=1&b=2');
    const copy = new URLSearchParams(source);
    copy.append('c', '3');
    const record = Object.defineProperty({ x: '1', y: 2 }, 'hidden', { value: 'h', enumerable: false });
    return {
        record: pairs(new URLSearchParams(record)),
        sequence: pairs(new URLSearchParams([['a', 'b'], ['a', 'c'], new Set(['s', 't'])])),
        copy: pairs(copy),
        sourceUnchanged: source.toString(),
        number: pairs(new URLSearchParams(123)),
        empty: pairs(new URLSearchParams()),
        nullInit: pairs(new URLSearchParams(null)),
        shortPair: errorName(() => new URLSearchParams([['a']])),
        longPair: errorName(() => new URLSearchParams([['a', 'b', 'c']])),
        notAPair: errorName(() => new URLSearchParams(['ab'])),
        symbolKey: errorName(() => new URLSearchParams({ [Symbol('k')]: 'v' })),
        withoutNew: errorName(() => URLSearchParams('a=b'))
    };
}

export async function methods() {
    const params = new URLSearchParams('a=1&b=2&a=3&c=4&a=1');
    const seen = {};
    seen.get = [params.get('a'), params.get('missing'), params.getAll('a'), params.getAll('missing')];
    seen.has = [params.has('a'), params.has('a', '3'), params.has('a', '9'), params.has('missing')];
    params.delete('a', '1');
    seen.deleteValue = params.toString();
    params.set('b', 'x');
    params.set('new', 'y');
    seen.set = params.toString();
    params.append('b', 'z');
    params.set('b', 'only');
    seen.setRemovesRest = params.toString();
    params.delete('a');
    seen.deleteName = [params.toString(), params.size];
    seen.tooFewArguments = [errorName(() => params.append('x')), errorName(() => params.get())];
    return seen;
}

export async function serializing() {
    const params = new URLSearchParams();
    params.append('a b', 'c+d');
    params.append('é', '&=?#/');
    params.append("*-._!'()~", '\u00a0😀');
    params.append('\uD800', 'lone');
    return { text: params.toString(), lone: params.get('\uFFFD') };
}

export async function sorting() {
    const params = new URLSearchParams('z=5&a=1&\uFFFD=x&\uD83D\uDE00=y&a=2&b=3');
    params.sort();
    return pairs(params);
}

export async function iteration() {
    const params = new URLSearchParams('a=1&b=2');
    const seen = {};
    seen.keys = [...params.keys()];
    seen.values = [...params.values()];
    seen.entries = [...params.entries()];
    seen.defaultIsEntries = URLSearchParams.prototype[Symbol.iterator] === URLSearchParams.prototype.entries;
    const iterator = params.keys();
    seen.iteratorTag = Object.prototype.toString.call(iterator);
    seen.iteratorIsIterable = iterator[Symbol.iterator]() === iterator;
    const live = [];
    for (const [name] of params) {
        live.push(name);
        if (name === 'a') params.append('c', '3');
    }
    seen.live = live;
    const forEach = [];
    const self = {};
    params.forEach(function (value, name, object) {
        forEach.push([value, name, object === params, this === self]);
    }, self);
    seen.forEach = forEach;
    seen.forEachNeedsFunction = errorName(() => params.forEach(1));
    const done = params.values();
    for (let i = 0; i < 3; i++) done.next();
    const end = done.next();
    seen.done = [end.done, end.value === undefined];
    return seen;
}
