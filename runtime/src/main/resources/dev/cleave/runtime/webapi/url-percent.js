// Percent-encoding of the URL Standard (§1.3): the percent-encode sets, UTF-8 percent-encoding and
// percent-decoding. Defines no global; returns its functions to the other URL scripts.
(function (host) {
    'use strict';

    // A set is a table over ASCII; every code point above U+007E is in every set.
    function extend(base, chars) {
        const table = Uint8Array.from(base);
        for (const ch of chars) table[ch.charCodeAt(0)] = 1;
        return table;
    }
    const C0 = new Uint8Array(128).fill(1, 0, 0x20).fill(1, 0x7f);
    const FRAGMENT = extend(C0, ' "<>`');
    const QUERY = extend(C0, ' "#<>');
    const SPECIAL_QUERY = extend(QUERY, "'");
    const PATH = extend(QUERY, '?^`{}');
    const USERINFO = extend(PATH, '/:;=@[\\]|');
    const COMPONENT = extend(USERINFO, '$%&+,');
    const FORM = extend(COMPONENT, "!'()~");

    const HEX = Array.from({ length: 256 }, (_, b) => '%' + b.toString(16).toUpperCase().padStart(2, '0'));

    /** One code point, UTF-8 percent-encoded if it is in the set; a lone surrogate counts as U+FFFD. */
    function encodeCodePoint(c, set) {
        if (c < 0x80) return set[c] ? HEX[c] : String.fromCharCode(c);
        if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
        if (c < 0x800) return HEX[0xc0 | (c >> 6)] + HEX[0x80 | (c & 0x3f)];
        if (c < 0x10000) return HEX[0xe0 | (c >> 12)] + HEX[0x80 | ((c >> 6) & 0x3f)] + HEX[0x80 | (c & 0x3f)];
        return HEX[0xf0 | (c >> 18)] + HEX[0x80 | ((c >> 12) & 0x3f)] + HEX[0x80 | ((c >> 6) & 0x3f)] + HEX[0x80 | (c & 0x3f)];
    }

    /** A string, UTF-8 percent-encoded with the set; spaceAsPlus for application/x-www-form-urlencoded. */
    function encode(input, set, spaceAsPlus = false) {
        let out = '';
        for (let i = 0; i < input.length; i++) {
            const c = input.codePointAt(i);
            if (c > 0xffff) i++;
            out += spaceAsPlus && c === 0x20 ? '+' : encodeCodePoint(c, set);
        }
        return out;
    }

    const isHex = (b) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
    const hexValue = (b) => (b <= 0x39 ? b - 0x30 : (b | 0x20) - 0x57);
    const encoder = new TextEncoder();
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

    /** Percent-decodes the UTF-8 bytes of a string, then decodes them as UTF-8 without BOM handling. */
    function decode(input) {
        if (!input.includes('%')) return input;
        const bytes = encoder.encode(input);
        const out = new Uint8Array(bytes.length);
        let n = 0;
        for (let i = 0; i < bytes.length; i++) {
            if (bytes[i] === 0x25 && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                out[n++] = hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2]);
                i += 2;
            } else {
                out[n++] = bytes[i];
            }
        }
        return decoder.decode(out.subarray(0, n));
    }

    return { C0, FRAGMENT, QUERY, SPECIAL_QUERY, PATH, USERINFO, COMPONENT, FORM, encodeCodePoint, encode, decode, isHex, hexValue };
})
