// Exercises Headers, Request and Response without the network; each export returns plain data.

const errorName = (fn) => {
    try {
        fn();
        return 'no error';
    } catch (e) {
        return e.name;
    }
};

export async function headersCompareNamesWithoutCase() {
    const headers = new Headers({ 'Content-Type': 'text/plain', Accept: 'a' });
    headers.append('ACCEPT', 'b');
    headers.append('Set-Cookie', 'x=1');
    headers.append('set-cookie', 'y=2');
    headers.append('X-Trim', ' \t padded \r\n');
    const before = { accept: headers.get('accept'), has: headers.has('CONTENT-type'), missing: headers.get('nope') === null };
    headers.set('accept', 'c');
    headers.delete('Content-Type');
    const seen = [];
    headers.forEach((value, name, self) => seen.push(`${name}=${value}:${self === headers}`));
    return {
        before, accept: headers.get('Accept'), deleted: headers.has('content-type'), trimmed: headers.get('x-trim'),
        cookies: headers.getSetCookie(), entries: [...headers], keys: [...headers.keys()], values: [...headers.values()], seen,
        tag: String(headers), iteratorTag: Object.prototype.toString.call(headers.entries())
    };
}

export async function headersTakeEveryInitForm() {
    const fromPairs = new Headers([['a', '1'], ['b', '2'], ['a', '3']]);
    const fromHeaders = new Headers(fromPairs);
    const iterator = fromPairs.keys();
    const first = iterator.next().value;
    fromPairs.append('0-first', 'late'); // sorts before 'b': the iterator sees it
    return {
        pairs: fromPairs.get('a'), copy: [...fromHeaders], first, rest: [...iterator],
        record: [...new Headers({ z: 'last', y: 'first' })]
    };
}

export async function headersRejectBadNamesAndValues() {
    return {
        badName: errorName(() => new Headers({ 'bad name': 'x' })),
        emptyName: errorName(() => new Headers().append('', 'x')),
        newline: errorName(() => new Headers().set('x', 'a\nb')),
        nul: errorName(() => new Headers().set('x', 'a\0b')),
        notByteString: errorName(() => new Headers().set('x', 'snow ☃')),
        shortPair: errorName(() => new Headers([['only-name']])),
        notObject: errorName(() => new Headers('x: y')),
        missingArgument: errorName(() => new Headers().get()),
        latin1: new Headers({ x: 'caf\xe9' }).get('x') === 'caf\xe9'
    };
}

export async function requestNormalizesAndValidates() {
    const hadUrl = typeof globalThis.URL === 'function';
    const request = new Request('HTTP://Example.COM:80/a/../b?q=1#frag', { method: 'post', body: 'hi' });
    return {
        hadUrl,
        url: request.url, method: request.method, redirect: request.redirect, contentType: request.headers.get('content-type'),
        text: await request.text(),
        methods: ['get', 'Delete', 'patch', 'Custom', 'options'].map((m) => new Request('http://x.test/', { method: m }).method),
        forbidden: ['CONNECT', 'trace', 'Track'].map((m) => errorName(() => new Request('http://x.test/', { method: m }))),
        badMethod: errorName(() => new Request('http://x.test/', { method: 'two words' })),
        getWithBody: errorName(() => new Request('http://x.test/', { body: 'x' })),
        headWithBody: errorName(() => new Request('http://x.test/', { method: 'HEAD', body: 'x' })),
        badRedirect: errorName(() => new Request('http://x.test/', { redirect: 'sometimes' })),
        relative: errorName(() => new Request('/relative')),
        credentials: errorName(() => new Request('http://user:pass@x.test/')),
        badSignal: errorName(() => new Request('http://x.test/', { signal: {} })),
        passive: [request.mode, request.credentials, request.cache, request.keepalive,
            new Request('http://x.test/', { cache: 'no-store', keepalive: 1 }).cache],
        tag: String(request)
    };
}

export async function requestCloneAndCopyShareTheBodyOnce() {
    const controller = new AbortController();
    const original = new Request('http://x.test/', {
        method: 'PUT', body: new Uint8Array([104, 105]), headers: { 'x-a': '1' }, signal: controller.signal
    });
    const clone = original.clone();
    clone.headers.set('x-a', '2');
    const copy = new Request(original, { headers: { 'x-b': '3' } });
    const usedAfterCopy = original.bodyUsed;
    const rereadCopy = errorName(() => new Request(original));
    controller.abort('stop');
    return {
        cloneText: await clone.text(), copyText: await copy.text(), usedAfterCopy, rereadCopy,
        headers: [original.headers.get('x-a'), clone.headers.get('x-a'), copy.headers.has('x-a'), copy.headers.get('x-b')],
        copyMethod: copy.method,
        cloneAfterRead: errorName(() => clone.clone()),
        signals: [original.signal.aborted, clone.signal.aborted, copy.signal.aborted, copy.signal.reason],
        noBodyUsed: new Request('http://x.test/').bodyUsed
    };
}

export async function responseBodiesOfEveryKind() {
    const read = async (body) => {
        const response = new Response(body);
        return [response.headers.get('content-type') ?? 'none', await response.text()];
    };
    const original = globalThis.URLSearchParams;
    globalThis.URLSearchParams = class URLSearchParams { toString() { return 'a=1&b=%C3%A9'; } };
    let form;
    try {
        form = await read(new URLSearchParams());
    } finally {
        if (original === undefined) delete globalThis.URLSearchParams; else globalThis.URLSearchParams = original;
    }
    const bytes = new TextEncoder().encode('buffer');
    return {
        string: await read('plain'), form,
        buffer: await read(bytes.buffer.slice(0, 6)), typed: await read(bytes.subarray(1, 3)),
        dataView: await read(new DataView(bytes.buffer, 0, 3)), number: await read(42),
        nothing: await read(null), undefinedBody: await read(undefined),
        stream: errorName(() => new Response({ [Symbol.asyncIterator]() {} }))
    };
}

export async function responseReadsOnce() {
    const response = new Response('{"a":[1,2]}', { status: 201, statusText: 'Made', headers: { 'x-y': 'z' } });
    const clone = response.clone();
    const json = await response.json();
    const again = await response.json().then(() => 'read twice', (e) => e.name);
    const bytes = new Response('ab');
    const emptyBody = new Response(null);
    return {
        status: response.status, ok: response.ok, statusText: response.statusText, type: response.type, url: response.url,
        redirected: response.redirected, json, again, used: [response.bodyUsed, clone.bodyUsed],
        cloneText: await clone.text(), cloneAfterRead: errorName(() => response.clone()),
        bytes: [...await bytes.bytes()], arrayBuffer: (await new Response('abc').arrayBuffer()).byteLength,
        emptyText: await emptyBody.text(), emptyUsed: emptyBody.bodyUsed,
        blob: await new Response('x').blob().then(() => 'resolved', (e) => e.name),
        headersMutable: errorName(() => response.headers.set('x-y', 'w')),
        tag: String(response)
    };
}

export async function responseValidatesItsInit() {
    return {
        low: errorName(() => new Response('', { status: 199 })),
        high: errorName(() => new Response('', { status: 600 })),
        wrapped: new Response(null, { status: 65736 }).status,
        badText: errorName(() => new Response('', { statusText: 'two\nlines' })),
        nullBodyStatus: errorName(() => new Response('x', { status: 204 })),
        nullBodyStatusWithoutBody: new Response(null, { status: 204 }).status,
        badInit: errorName(() => new Response('', 5))
    };
}

export async function responseFactories() {
    const json = Response.json({ ok: true }, { status: 202, headers: { 'content-type': 'application/vnd.x+json' } });
    const plainJson = Response.json([1]);
    const error = Response.error();
    const redirect = Response.redirect('http://x.test/next', 301);
    return {
        json: [json.status, json.headers.get('content-type'), await json.json()],
        plainJson: [plainJson.headers.get('content-type'), await plainJson.text()],
        notJson: errorName(() => Response.json(undefined)),
        error: [error.type, error.status, error.ok, errorName(() => error.headers.set('a', 'b'))],
        redirect: [redirect.status, redirect.headers.get('location'), errorName(() => redirect.headers.delete('location'))],
        badRedirectStatus: errorName(() => Response.redirect('http://x.test/', 200)),
        badRedirectUrl: errorName(() => Response.redirect('not a url'))
    };
}
