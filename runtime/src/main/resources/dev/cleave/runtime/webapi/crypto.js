// crypto (Web Crypto): getRandomValues, randomUUID, subtle.digest for SHA-1/256/384/512, and
// PBKDF2 (subtle.importKey of a raw secret, subtle.deriveBits), which runs on a Java thread off
// the event loop. Arguments are checked here; Java fills and reads the ArrayBuffers themselves.
(function (host) {
    'use strict';

    const { DOMException, ArrayBuffer, Symbol, TypeError } = globalThis;
    const { getPrototypeOf, getOwnPropertyDescriptor, defineProperty } = Object;
    const uncurry = (fn) => Function.prototype.call.bind(fn);
    const objectTag = uncurry(Object.prototype.toString);
    const getter = (proto, key) => uncurry(getOwnPropertyDescriptor(proto, key).get);
    const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
    const typedArray = {
        name: getter(TypedArrayPrototype, Symbol.toStringTag),
        buffer: getter(TypedArrayPrototype, 'buffer'),
        byteOffset: getter(TypedArrayPrototype, 'byteOffset'),
        byteLength: getter(TypedArrayPrototype, 'byteLength')
    };
    const dataView = {
        buffer: getter(DataView.prototype, 'buffer'),
        byteOffset: getter(DataView.prototype, 'byteOffset'),
        byteLength: getter(DataView.prototype, 'byteLength')
    };
    const bufferLength = getter(ArrayBuffer.prototype, 'byteLength');
    const INTEGER_ARRAYS = new Set(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
        'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array']);
    const DIGEST_LENGTHS = new Map([['SHA-1', 20], ['SHA-256', 32], ['SHA-384', 48], ['SHA-512', 64]]);
    const MAX_RANDOM_BYTES = 65536;
    const MAX_ITERATIONS = 10_000_000;
    const MAX_DERIVED_BITS = 8192;
    const MAX_SECRET_BYTES = 65536;
    const KEY_USAGES = new Set(['deriveBits', 'deriveKey']);
    const TOKEN = Symbol('crypto');

    function illegalConstructor(token) {
        if (token !== TOKEN) throw new TypeError('Illegal constructor');
    }

    // Algorithm names match ASCII case-insensitively, as Web Crypto says (so 'ſha-1' does not).
    function digestName(algorithm) {
        const name = algorithm !== null && typeof algorithm === 'object' ? algorithm.name : algorithm;
        if (name === undefined) throw new TypeError("digest: the algorithm needs a name, e.g. 'SHA-256'");
        const upper = String(name).replace(/[a-z]/g, (c) => c.toUpperCase());
        if (!DIGEST_LENGTHS.has(upper)) {
            throw new DOMException(`digest: unrecognized algorithm '${String(name)}'; use SHA-1, SHA-256, SHA-384 or SHA-512`,
                'NotSupportedError');
        }
        return upper;
    }

    // [buffer, byteOffset, byteLength] of an ArrayBuffer, a typed array or a DataView.
    function bytesOf(data, what = 'digest: data') {
        if (typedArray.name(data) !== undefined) {
            return [typedArray.buffer(data), typedArray.byteOffset(data), typedArray.byteLength(data)];
        }
        try {
            return [data, 0, bufferLength(data)];
        } catch {
            // not an ArrayBuffer: perhaps a DataView
        }
        try {
            return [dataView.buffer(data), dataView.byteOffset(data), dataView.byteLength(data)];
        } catch {
            throw new TypeError(`${what} must be an ArrayBuffer, a typed array or a DataView`);
        }
    }

    // A copy of the bytes of a BufferSource, as a new ArrayBuffer.
    function copyOf(data, what) {
        const [buffer, offset, length] = bytesOf(data, what);
        return new Uint8Array(buffer, offset, length).slice().buffer;
    }

    function algorithmName(algorithm, operation) {
        const name = algorithm !== null && typeof algorithm === 'object' ? algorithm.name : algorithm;
        if (name === undefined) throw new TypeError(`${operation}: the algorithm needs a name, e.g. 'PBKDF2'`);
        const upper = String(name).replace(/[a-z]/g, (c) => c.toUpperCase());
        if (upper !== 'PBKDF2') {
            throw new DOMException(`${operation}: unrecognized algorithm '${String(name)}'; Cleave has PBKDF2 only`,
                'NotSupportedError');
        }
        return 'PBKDF2';
    }

    const keySecrets = new WeakMap();

    class CryptoKey {
        #type; #algorithm; #usages;

        constructor(token, algorithm, usages, secret) {
            illegalConstructor(token);
            this.#type = 'secret';
            this.#algorithm = Object.freeze({ name: algorithm });
            this.#usages = Object.freeze([...usages]);
            keySecrets.set(this, secret);
        }

        get type() { return this.#type; }
        get extractable() { return false; }
        get algorithm() { return this.#algorithm; }
        get usages() { return this.#usages; }
    }

    class SubtleCrypto {
        #brand = true;

        constructor(token) {
            illegalConstructor(token);
        }

        async digest(algorithm, data) {
            if (!(#brand in this)) throw new TypeError('Illegal invocation');
            const name = digestName(algorithm);
            const [buffer, offset, length] = bytesOf(data);
            const output = new ArrayBuffer(DIGEST_LENGTHS.get(name));
            host.digest(name, buffer, offset, length, output);
            return output;
        }

        async importKey(format, keyData, algorithm, extractable, usages) {
            if (!(#brand in this)) throw new TypeError('Illegal invocation');
            if (format !== 'raw') {
                throw new DOMException(`importKey: format '${String(format)}' is not supported; use 'raw'`, 'NotSupportedError');
            }
            const name = algorithmName(algorithm, 'importKey');
            if (extractable) throw new DOMException('importKey: a PBKDF2 key cannot be extractable', 'SyntaxError');
            const list = [...usages];
            if (list.length === 0 || list.some((usage) => !KEY_USAGES.has(usage))) {
                throw new DOMException("importKey: a PBKDF2 key's usages are 'deriveBits' and 'deriveKey'", 'SyntaxError');
            }
            const secret = copyOf(keyData, 'importKey: keyData');
            if (bufferLength(secret) > MAX_SECRET_BYTES) {
                throw new DOMException(`importKey: the secret has ${bufferLength(secret)} bytes; the most is ${MAX_SECRET_BYTES}`,
                    'QuotaExceededError');
            }
            return new CryptoKey(TOKEN, name, list, secret);
        }

        async deriveBits(algorithm, baseKey, length) {
            if (!(#brand in this)) throw new TypeError('Illegal invocation');
            algorithmName(algorithm, 'deriveBits');
            const secret = keySecrets.get(baseKey);
            if (secret === undefined) throw new TypeError('deriveBits: baseKey must be a CryptoKey from importKey');
            if (!baseKey.usages.includes('deriveBits')) {
                throw new DOMException("deriveBits: the key's usages do not include 'deriveBits'", 'InvalidAccessError');
            }
            const hash = digestName(algorithm.hash);
            const iterations = algorithm.iterations;
            if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
                throw new DOMException(`deriveBits: iterations must be a whole number from 1 to ${MAX_ITERATIONS}`,
                    'OperationError');
            }
            if (!Number.isInteger(length) || length < 8 || length % 8 !== 0 || length > MAX_DERIVED_BITS) {
                throw new DOMException(`deriveBits: length must be a multiple of 8 from 8 to ${MAX_DERIVED_BITS}`,
                    'OperationError');
            }
            const salt = copyOf(algorithm.salt, 'deriveBits: salt');
            const output = new ArrayBuffer(length / 8);
            await host.pbkdf2(hash, secret, salt, iterations, output);
            return output;
        }
    }

    const subtle = new SubtleCrypto(TOKEN);

    class Crypto {
        #brand = true;

        constructor(token) {
            illegalConstructor(token);
        }

        get subtle() {
            if (!(#brand in this)) throw new TypeError('Illegal invocation');
            return subtle;
        }

        getRandomValues(array) {
            if (!(#brand in this)) throw new TypeError('Illegal invocation');
            const name = typedArray.name(array);
            if (!INTEGER_ARRAYS.has(name)) {
                const type = name ?? objectTag(array).slice(8, -1);
                throw new DOMException(`getRandomValues: the argument must be an integer typed array, not ${type}`,
                    'TypeMismatchError');
            }
            const length = typedArray.byteLength(array);
            if (length > MAX_RANDOM_BYTES) {
                throw new DOMException(`getRandomValues: ${length} bytes were asked for; the most at once is ${MAX_RANDOM_BYTES}`,
                    'QuotaExceededError');
            }
            if (length > 0) host.fillRandom(typedArray.buffer(array), typedArray.byteOffset(array), length);
            return array;
        }

        randomUUID() {
            if (!(#brand in this)) throw new TypeError('Illegal invocation');
            return host.randomUUID();
        }
    }

    for (const type of [Crypto, SubtleCrypto, CryptoKey]) {
        defineProperty(type.prototype, Symbol.toStringTag, { value: type.name, configurable: true });
        defineProperty(globalThis, type.name, { value: type, writable: true, configurable: true, enumerable: false });
    }
    defineProperty(globalThis, 'crypto', { value: new Crypto(TOKEN), writable: true, configurable: true, enumerable: false });
})
