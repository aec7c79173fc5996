// atob and btoa (HTML Standard §8.3) over "binary strings": one character per byte. atob decodes
// forgiving-base64 (ASCII whitespace ignored, padding optional); both throw InvalidCharacterError.
// The work is ForgivingBase64.java; this script converts arguments and throws.
(function (host) {
    'use strict';

    const DOMException = globalThis.DOMException;

    function define(name, value) {
        Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
    }

    define('atob', function atob(data) {
        if (arguments.length < 1) throw new TypeError('atob: 1 argument required, but only 0 present');
        const decoded = host.decode(`${data}`);
        if (decoded === null) {
            throw new DOMException('atob: the string to be decoded is not correctly encoded base64', 'InvalidCharacterError');
        }
        return decoded;
    });

    define('btoa', function btoa(data) {
        if (arguments.length < 1) throw new TypeError('btoa: 1 argument required, but only 0 present');
        const encoded = host.encode(`${data}`);
        if (encoded === null) {
            throw new DOMException('btoa: the string to be encoded contains characters outside of the Latin1 range', 'InvalidCharacterError');
        }
        return encoded;
    });
})
