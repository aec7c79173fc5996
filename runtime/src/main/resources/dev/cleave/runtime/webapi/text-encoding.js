// Fixes to the TextEncoder and TextDecoder that GraalJS provides (js.text-encoding), which are
// right about UTF-8 and UTF-16 but:
// - can be called without new, returning a plain object; a class here makes that a TypeError;
// - do not know the windows-1252 labels (latin1, ascii, iso-8859-1, us-ascii, ...), which the
//   Encoding Standard requires; decoded here, by its index for bytes 0x80-0x9F;
// - strip any whitespace around a label ("\u00a0utf-8" is accepted); only ASCII whitespace may go;
// - report an input that is not a buffer as "called on incompatible receiver".
// Other legacy encodings (ISO-8859-2, Shift_JIS, GBK, ...) stay unsupported: a RangeError.
(function (host) {
    'use strict';

    const BuiltinEncoder = globalThis.TextEncoder;
    const BuiltinDecoder = globalThis.TextDecoder;

    const LABELS = new Map();
    function labels(encoding, names) {
        for (const name of names.split(' ')) LABELS.set(name, encoding);
    }
    labels('utf-8', 'unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8');
    labels('utf-16be', 'unicodefffe utf-16be');
    labels('utf-16le', 'csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le');
    labels('windows-1252', 'ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 '
        + 'iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252');

    // windows-1252 bytes 0x80-0x9F; every other byte is the code point of the same value.
    const WINDOWS_1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F'
        + '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

    function encodingOf(label) {
        const name = `${label}`.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').replace(/[A-Z]+/g, (s) => s.toLowerCase());
        const encoding = LABELS.get(name);
        if (encoding === undefined) throw new RangeError(`TextDecoder: the encoding '${label}' is not supported`);
        return encoding;
    }

    const bufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
    const sharedByteLength = Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get;
    function isBuffer(value) {
        for (const byteLength of [bufferByteLength, sharedByteLength]) {
            try {
                byteLength.call(value);
                return true;
            } catch {
                // not this kind of buffer
            }
        }
        return false;
    }

    function checkInput(input) {
        if (input !== undefined && !ArrayBuffer.isView(input) && !isBuffer(input)) {
            throw new TypeError('TextDecoder.decode: the input must be an ArrayBuffer, a SharedArrayBuffer or a view of one');
        }
    }

    function bytesOf(input) {
        try {
            return ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input ?? 0);
        } catch {
            return new Uint8Array(0); // a detached buffer has no bytes left
        }
    }

    function decodeWindows1252(bytes) {
        let out = '';
        for (let i = 0; i < bytes.length; i += 8192) {
            const units = Uint16Array.from(bytes.subarray(i, i + 8192),
                (b) => (b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b));
            out += String.fromCharCode.apply(null, units);
        }
        return out;
    }

    class TextEncoder extends BuiltinEncoder {}

    class TextDecoder extends BuiltinDecoder {
        #windows1252;

        constructor(label = 'utf-8', options = undefined) {
            const encoding = encodingOf(label);
            // The built-in keeps fatal and ignoreBOM (and checks options); windows-1252 ignores both.
            super(encoding === 'windows-1252' ? 'utf-8' : encoding, options);
            this.#windows1252 = encoding === 'windows-1252';
        }

        get encoding() {
            return this.#windows1252 ? 'windows-1252' : super.encoding;
        }

        decode(input = undefined, options = undefined) {
            checkInput(input);
            return this.#windows1252 ? decodeWindows1252(bytesOf(input)) : super.decode(input, options);
        }
    }

    for (const [name, value] of [['TextEncoder', TextEncoder], ['TextDecoder', TextDecoder]]) {
        Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
    }
})
