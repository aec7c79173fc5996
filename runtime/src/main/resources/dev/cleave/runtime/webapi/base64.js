// atob and btoa (HTML Standard §8.3) over "binary strings": one character per byte. atob decodes
// forgiving-base64 (ASCII whitespace ignored, padding optional); both throw InvalidCharacterError.
(function (host) {
    'use strict';

    const DOMException = globalThis.DOMException;
    const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const VALUES = new Int8Array(128).fill(-1);
    for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;
    const CHUNK = 8192;

    function define(name, value) {
        Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
    }

    function invalid(message) {
        return new DOMException(message, 'InvalidCharacterError');
    }

    define('atob', function atob(data) {
        if (arguments.length < 1) throw new TypeError('atob: 1 argument required, but only 0 present');
        let input = `${data}`.replace(/[\t\n\f\r ]/g, '');
        if (input.length % 4 === 0) input = input.replace(/={1,2}$/, '');
        if (input.length % 4 === 1) throw invalid('atob: the string to be decoded is not correctly encoded (bad length)');
        const codes = [];
        let out = '', bits = 0, bitCount = 0;
        for (let i = 0; i < input.length; i++) {
            const c = input.charCodeAt(i);
            const value = c < 128 ? VALUES[c] : -1;
            if (value < 0) throw invalid(`atob: the string to be decoded contains '${input[i]}', which is not base64`);
            bits = (bits << 6) | value;
            bitCount += 6;
            if (bitCount >= 8) {
                bitCount -= 8;
                codes.push((bits >> bitCount) & 0xff);
                if (codes.length === CHUNK) {
                    out += String.fromCharCode.apply(null, codes);
                    codes.length = 0;
                }
            }
        }
        // Leftover bits (2 or 4, from a final group of 3 or 2 characters) are dropped, as the standard says.
        return out + String.fromCharCode.apply(null, codes);
    });

    define('btoa', function btoa(data) {
        if (arguments.length < 1) throw new TypeError('btoa: 1 argument required, but only 0 present');
        const input = `${data}`;
        let out = '';
        for (let i = 0; i < input.length; i += 3) {
            const a = byteAt(input, i), b = byteAt(input, i + 1), c = byteAt(input, i + 2);
            const group = (a << 16) | (Math.max(b, 0) << 8) | Math.max(c, 0);
            out += ALPHABET[group >> 18] + ALPHABET[(group >> 12) & 63]
                + (b < 0 ? '=' : ALPHABET[(group >> 6) & 63]) + (c < 0 ? '=' : ALPHABET[group & 63]);
        }
        return out;
    });

    /** The byte at i, -1 past the end; a character above U+00FF is not a byte. */
    function byteAt(input, i) {
        if (i >= input.length) return -1;
        const code = input.charCodeAt(i);
        if (code > 0xff) throw invalid(`btoa: the string to be encoded contains '${input[i]}' (U+${code.toString(16).toUpperCase().padStart(4, '0')}), outside of Latin1`);
        return code;
    }
})
