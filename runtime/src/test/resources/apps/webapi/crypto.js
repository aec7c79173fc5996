// Uses of crypto for CryptoTest; digests come back as hex, errors as their name.

const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
const ascii = (text) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const failure = (action) => {
    try {
        action();
        return 'none';
    } catch (error) {
        return `${error.constructor.name}:${error.name}`;
    }
};

export async function digest(algorithm, text) {
    const result = await crypto.subtle.digest(algorithm, ascii(text));
    return { hex: hex(result), isArrayBuffer: result instanceof ArrayBuffer };
}

export async function digestOfMegabyte() {
    const data = new Uint8Array(1 << 20);
    for (let i = 0; i < data.length; i++) data[i] = (i * 31) & 0xff;
    return hex(await crypto.subtle.digest('SHA-256', data));
}

export async function digestOfViews() {
    const buffer = new ArrayBuffer(8);
    new Uint8Array(buffer).set(ascii('xxabcyyz'));
    return [
        hex(await crypto.subtle.digest('SHA-256', new Uint8Array(buffer, 2, 3))),
        hex(await crypto.subtle.digest('SHA-256', new DataView(buffer, 2, 3))),
        hex(await crypto.subtle.digest('SHA-256', buffer.slice(2, 5))),
        hex(await crypto.subtle.digest('SHA-256', new Uint16Array(buffer, 2, 1))),
        hex(await crypto.subtle.digest('SHA-256', new Uint8Array(buffer, 8, 0)))
    ];
}

export async function digestFailures() {
    const data = ascii('abc');
    const rejection = async (promise) => promise.then(() => 'none', (e) => `${e.constructor.name}:${e.name}`);
    const unknown = crypto.subtle.digest('MD5', data);
    return {
        unknownIsPromise: unknown instanceof Promise,
        unknown: await rejection(unknown),
        unknownObject: await rejection(crypto.subtle.digest({ name: 'SHA-3' }, data)),
        nameless: await rejection(crypto.subtle.digest({}, data)),
        notBytes: await rejection(crypto.subtle.digest('SHA-256', 'abc')),
        longS: await rejection(crypto.subtle.digest('\u017fha-256', data))
    };
}

export async function uuids(count) {
    const seen = new Set();
    let malformed = 0;
    for (let i = 0; i < count; i++) {
        const id = crypto.randomUUID();
        if (!/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)) malformed++;
        seen.add(id);
    }
    return { distinct: seen.size, malformed };
}

export async function randomValues() {
    const bytes = new Uint8Array(64);
    const same = crypto.getRandomValues(bytes) === bytes;
    const buffer = new ArrayBuffer(32);
    const view = new Uint8Array(buffer, 8, 13);
    crypto.getRandomValues(view);
    const all = new Uint8Array(buffer);
    const words = crypto.getRandomValues(new BigUint64Array(4));
    return {
        same,
        filled: bytes.some((b) => b !== 0),
        outsideUntouched: all.subarray(0, 8).every((b) => b === 0) && all.subarray(21).every((b) => b === 0),
        insideFilled: view.some((b) => b !== 0),
        bigints: words.some((w) => w !== 0n),
        largest: crypto.getRandomValues(new Uint8Array(65536)).length,
        types: ['Int8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array']
            .every((type) => crypto.getRandomValues(new globalThis[type](3)).length === 3)
    };
}

export async function randomValueFailures() {
    return {
        float: failure(() => crypto.getRandomValues(new Float32Array(4))),
        dataView: failure(() => crypto.getRandomValues(new DataView(new ArrayBuffer(4)))),
        plainArray: failure(() => crypto.getRandomValues([1, 2])),
        tooLarge: failure(() => crypto.getRandomValues(new Uint8Array(65537))),
        tooLargeWords: failure(() => crypto.getRandomValues(new Uint32Array(16385))),
        unbound: failure(() => crypto.getRandomValues.call({}, new Uint8Array(1))),
        construct: failure(() => new Crypto())
    };
}

export async function globalShape() {
    const desc = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
    return { enumerable: desc.enumerable, crypto: String(crypto), subtle: String(crypto.subtle), sameSubtle: crypto.subtle === crypto.subtle };
}

async function pbkdf2(hash, password, salt, iterations, bits) {
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
    const derived = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash, salt: new TextEncoder().encode(salt), iterations }, key, bits);
    return hex(derived);
}

export async function pbkdf2Vectors() {
    return [
        await pbkdf2('SHA-1', 'password', 'salt', 1, 160),
        await pbkdf2('SHA-1', 'password', 'salt', 4096, 160),
        await pbkdf2('SHA-256', 'password', 'salt', 1, 256),
        await pbkdf2('SHA-256', 'password', 'salt', 4096, 256),
        await pbkdf2('sha-256', 'passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 320),
        await pbkdf2({ name: 'SHA-512' }, '', 'salt', 2, 512)
    ];
}

export async function pbkdf2KeyShape() {
    const key = await crypto.subtle.importKey('raw', new Uint8Array([1, 2, 3]), { name: 'pbkdf2' }, false, ['deriveBits']);
    return { type: key.type, extractable: key.extractable, algorithm: key.algorithm.name, usages: key.usages.join(','),
        tag: String(key), construct: failure(() => new CryptoKey()) };
}

async function rejection(promise) {
    try {
        await promise;
        return 'resolved';
    } catch (error) {
        return `${error.constructor.name}:${error.name}`;
    }
}

export async function pbkdf2Failures() {
    const key = await crypto.subtle.importKey('raw', new Uint8Array(4), 'PBKDF2', false, ['deriveBits']);
    const derive = (params, bits = 256, base = key) => crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256',
        salt: new Uint8Array(4), iterations: 1, ...params }, base, bits);
    return {
        format: await rejection(crypto.subtle.importKey('jwk', new Uint8Array(4), 'PBKDF2', false, ['deriveBits'])),
        algorithm: await rejection(crypto.subtle.importKey('raw', new Uint8Array(4), 'AES-GCM', false, ['deriveBits'])),
        extractable: await rejection(crypto.subtle.importKey('raw', new Uint8Array(4), 'PBKDF2', true, ['deriveBits'])),
        usages: await rejection(crypto.subtle.importKey('raw', new Uint8Array(4), 'PBKDF2', false, ['encrypt'])),
        hugeSecret: await rejection(crypto.subtle.importKey('raw', new Uint8Array(65537), 'PBKDF2', false, ['deriveBits'])),
        tooManyIterations: await rejection(derive({ iterations: 10_000_001 })),
        zeroIterations: await rejection(derive({ iterations: 0 })),
        oddLength: await rejection(derive({}, 12)),
        hugeLength: await rejection(derive({}, 8200)),
        badHash: await rejection(derive({ hash: 'MD5' })),
        notAKey: await rejection(derive({}, 256, { type: 'secret' })),
        badSalt: await rejection(derive({ salt: 'salt' }))
    };
}

export async function pbkdf2LeavesTheLoopFree() {
    // a long derivation runs on another thread: a timer set after it fires before it is done
    const key = await crypto.subtle.importKey('raw', new Uint8Array(8), 'PBKDF2', false, ['deriveBits']);
    const order = [];
    const derived = crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(8), iterations: 2_000_000 }, key, 256)
        .then(() => order.push('derived'));
    await new Promise((resolve) => setTimeout(() => { order.push('timer'); resolve(); }, 1));
    await derived;
    return order;
}
