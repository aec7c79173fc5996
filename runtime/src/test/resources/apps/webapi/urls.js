// Exercises URL and URLSearchParams for UrlTest; every export returns plain data.

const COMPONENTS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];

function components(url) {
    return Object.fromEntries(COMPONENTS.map((name) => [name, url[name]]));
}

function failure(error) {
    return `failure: ${error.name}`;
}

/** The href of input parsed against base, or "failure: TypeError"; checks canParse, parse and a reparse agree. */
export async function parse(input, base) {
    const args = base === null ? [input] : [input, base];
    let href;
    try {
        href = new URL(...args).href;
    } catch (error) {
        href = failure(error);
    }
    const ok = !href.startsWith('failure:');
    if (URL.canParse(...args) !== ok || (URL.parse(...args) === null) === ok) return `canParse or parse disagree with ${href}`;
    if (ok && new URL(href).href !== href) return `reparsing ${href} gives ${new URL(href).href}`;
    return href;
}

export async function describe(input, base) {
    return components(base === undefined ? new URL(input) : new URL(input, base));
}

/** Sets one attribute and returns the href after it; setters never throw except href. */
export async function set(href, attribute, value) {
    const url = new URL(href);
    url[attribute] = value;
    return url.href;
}

export async function errors() {
    const messageOf = (f) => {
        try {
            f();
            return 'no error';
        } catch (error) {
            return `${error.name}: ${error.message}`;
        }
    };
    return {
        unclosed: messageOf(() => new URL('http://[::1')),
        relative: messageOf(() => new URL('/path')),
        badBase: messageOf(() => new URL('a', 'not a url')),
        href: messageOf(() => { new URL('http://x/').href = 'http://a b/'; }),
        noArgument: messageOf(() => new URL()),
        withoutNew: messageOf(() => URL('http://x/')),
        symbol: messageOf(() => new URL(Symbol('x')))
    };
}

export async function statics() {
    const parsed = URL.parse('/p?q', 'https://example.com/a/b');
    return {
        canParse: URL.canParse('https://example.com'),
        canParseRelative: URL.canParse('/p'),
        canParseWithBase: URL.canParse('/p', 'https://example.com'),
        parsed: parsed.href,
        parsedIsUrl: parsed instanceof URL,
        parseFailure: URL.parse('http://[::1'),
        badBase: URL.parse('/p', 'nope'),
        undefinedBase: URL.canParse('https://x/', undefined)
    };
}

export async function shape() {
    const url = new URL('https://example.com/p?q=1#h');
    const idl = Object.getOwnPropertyDescriptor(URL.prototype, 'href');
    return {
        toStringTag: Object.prototype.toString.call(url),
        string: String(url),
        json: JSON.stringify({ url }),
        toJSON: url.toJSON(),
        hrefEnumerable: idl.enumerable,
        hrefHasSetter: typeof idl.set === 'function',
        originHasSetter: Object.getOwnPropertyDescriptor(URL.prototype, 'origin').set === undefined,
        ownKeys: Object.keys(url).length,
        globalEnumerable: Object.keys(globalThis).includes('URL'),
        sameSearchParams: url.searchParams === url.searchParams,
        brandCheck: (() => {
            try {
                return Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({});
            } catch (error) {
                return error.name;
            }
        })()
    };
}

export async function searchParamsSync() {
    const url = new URL('https://example.com/?a=1&b=2&a=3');
    const params = url.searchParams;
    const seen = {};
    seen.initial = params.getAll('a');
    params.append('c', 'x y');
    seen.afterAppend = url.href;
    url.search = '?d=4';
    seen.afterSearch = [params.toString(), params.get('a'), params.get('d'), url.searchParams === params];
    url.href = 'https://example.com/other?e=%C3%A9';
    seen.afterHref = [params.get('e'), params.size];
    params.delete('e');
    seen.emptied = [url.href, url.search];
    url.search = 'f=a b';
    seen.spaces = [url.href, params.toString()];
    params.set('g', '1');
    seen.reserialized = url.href;
    url.search = '';
    seen.cleared = [url.href, params.size];
    const hashed = new URL('https://example.com/?q=1#frag');
    hashed.searchParams.sort();
    hashed.searchParams.delete('q');
    seen.keepsFragment = hashed.href;
    const doubled = new URL('http://x/??a=b');
    seen.questionMarkName = [...doubled.searchParams.keys()];
    return seen;
}

export async function opaquePaths() {
    const url = new URL('data:space ?query#fragment');
    const seen = { parsed: url.href, pathname: url.pathname };
    url.search = '';
    url.hash = '';
    seen.stripped = url.href;
    const params = new URL('sc:a b ?x=1');
    params.searchParams.delete('x');
    seen.viaParams = params.href;
    seen.noTrailingQuery = new URL('data:a b').href;
    return seen;
}
