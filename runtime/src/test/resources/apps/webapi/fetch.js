// Exercises fetch() against the test's HTTP server; each export returns what it saw as plain data.

const url = (port, path) => `http://127.0.0.1:${port}${path}`;

function describe(error) {
    const seen = { name: error.name, message: error.message };
    if (error.cause !== undefined) seen.cause = { message: error.cause.message, code: error.cause.code ?? 'none' };
    return seen;
}

/** The outcome of a fetch: the response's status and text, or the error it rejected with. */
export async function outcome(target) {
    try {
        const response = await fetch(target);
        return { status: response.status, text: await response.text() };
    } catch (error) {
        return describe(error);
    }
}

export async function getText(port) {
    const response = await fetch(url(port, '/text'));
    const text = await response.text();
    return {
        status: response.status, ok: response.ok, statusText: response.statusText, type: response.type,
        url: response.url, redirected: response.redirected, contentType: response.headers.get('content-type'),
        text, used: response.bodyUsed, again: await response.text().then(() => 'read twice', (e) => e.name)
    };
}

export async function getJson(port) {
    const response = await fetch(new Request(url(port, '/json')));
    return response.json();
}

export async function postJson(port) {
    const response = await fetch(url(port, '/echo'), {
        method: 'post', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ hello: 'wörld' })
    });
    return { method: response.headers.get('x-method'), type: response.headers.get('content-type'), body: await response.json() };
}

export async function postBytes(port) {
    const echo = async (body) => {
        const response = await fetch(url(port, '/echo'), { method: 'PUT', body });
        return [...new Uint8Array(await response.arrayBuffer())];
    };
    const big = new Uint8Array(65_541).map((_, i) => (i * 31) % 251);
    const bigBack = await (await fetch(url(port, '/echo'), { method: 'POST', body: big })).bytes();
    return {
        typed: await echo(new Uint8Array([0, 1, 2, 255, 128])),
        view: await echo(new Uint8Array([9, 9, 1, 2, 3, 9]).subarray(2, 5)),
        dataView: await echo(new DataView(new Uint8Array([7, 8, 9, 10]).buffer, 1, 2)),
        buffer: await echo(new Uint16Array([0x0102]).buffer),
        bigSame: bigBack.length === big.length && bigBack.every((b, i) => b === big[i])
    };
}

export async function headersRoundTrip(port) {
    const response = await fetch(url(port, '/headers'), {
        headers: [['X-One', 'a'], ['x-one', 'b'], ['X-Spaced', '  trimmed\t']]
    });
    const received = await response.json();
    let mutation;
    try {
        response.headers.set('x-new', '1');
    } catch (e) {
        mutation = e.name;
    }
    return {
        received: { one: received['x-one'], spaced: received['x-spaced'], accept: received['accept'], agent: received['user-agent'] },
        setCookie: response.headers.getSetCookie(),
        combinedCookie: response.headers.get('Set-Cookie'),
        multi: response.headers.get('x-multi'),
        names: [...response.headers.keys()].filter((n) => n.startsWith('x-') || n === 'set-cookie'),
        mutation
    };
}

export async function notFound(port) {
    const response = await fetch(url(port, '/missing'));
    return { status: response.status, ok: response.ok, statusText: response.statusText, text: await response.text() };
}

export async function redirects(port, otherPort) {
    const followed = await fetch(url(port, '/redirect/302'));
    const seeOther = await fetch(url(port, '/redirect/303'), { method: 'POST', body: 'dropped' });
    const temporary = await fetch(url(port, '/redirect/307'), { method: 'POST', body: 'kept' });
    const manual = await fetch(url(port, '/redirect/302'), { redirect: 'manual' });
    const crossOrigin = await fetch(url(port, `/redirect/cross?port=${otherPort}`), {
        headers: { authorization: 'Bearer secret', 'x-keep': 'yes' }
    });
    const crossHeaders = await crossOrigin.json();
    return {
        followed: { status: followed.status, redirected: followed.redirected, url: followed.url, text: await followed.text() },
        seeOther: { method: seeOther.headers.get('x-method'), body: await seeOther.text() },
        temporary: { method: temporary.headers.get('x-method'), body: await temporary.text() },
        manual: { status: manual.status, location: manual.headers.get('location'), redirected: manual.redirected },
        crossOrigin: { authorization: crossHeaders.authorization ?? 'absent', keep: crossHeaders['x-keep'] },
        error: await fetch(url(port, '/redirect/302'), { redirect: 'error' }).then(() => 'resolved', describe),
        loop: await fetch(url(port, '/redirect/loop')).then(() => 'resolved', describe)
    };
}

export async function abortBeforeSending(port) {
    const signal = AbortSignal.abort('not today');
    const reason = await fetch(url(port, '/never'), { signal }).then(() => 'resolved', (e) => e);
    const plain = await fetch(url(port, '/never'), { signal: AbortSignal.abort() }).then(() => 'resolved', describe);
    return { reason, plain };
}

let slow;

/** Starts a fetch of the slow endpoint and returns at once; abortSlow() ends it. */
export async function startSlow(port) {
    const controller = new AbortController();
    const outcome = fetch(url(port, '/slow'), { signal: controller.signal })
        .then((response) => ({ status: response.status }), (error) => ({ ...describe(error), isReason: error === controller.signal.reason }));
    slow = { controller, outcome };
    return 'started';
}

export async function abortSlow() {
    slow.controller.abort();
    return slow.outcome;
}

export async function unsupportedSchemes() {
    const attempt = (target) => fetch(target).then(() => 'resolved', (e) => e.name);
    return { ftp: await attempt('ftp://127.0.0.1/file'), data: await attempt('data:text/plain,hi'), relative: await attempt('/relative') };
}
