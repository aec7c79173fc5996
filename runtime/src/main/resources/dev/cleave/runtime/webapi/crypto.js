// crypto (Web Crypto): getRandomValues, randomUUID and subtle.digest for SHA-1/256/384/512.
// Arguments are checked here; Java fills and reads the ArrayBuffers themselves.
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
    function bytesOf(data) {
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
            throw new TypeError('digest: data must be an ArrayBuffer, a typed array or a DataView');
        }
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

    for (const type of [Crypto, SubtleCrypto]) {
        defineProperty(type.prototype, Symbol.toStringTag, { value: type.name, configurable: true });
        defineProperty(globalThis, type.name, { value: type, writable: true, configurable: true, enumerable: false });
    }
    defineProperty(globalThis, 'crypto', { value: new Crypto(TOKEN), writable: true, configurable: true, enumerable: false });
})
