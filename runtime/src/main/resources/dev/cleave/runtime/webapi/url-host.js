// Hosts of the URL Standard (§3): domains through IDNA, IPv4 in its legacy forms (hex, octal, fewer
// than four parts), IPv6 with '::' compression, and the opaque hosts of non-special URLs. A parsed
// host is kept in its serialized form; null means failure. Defines no global.
(function (host) {
    'use strict';

    const percent = host.percent;
    const domainToAscii = host.domainToAscii;
    const FORBIDDEN_HOST = /[\0\t\n\r #/:<>?@[\\\]^|]/;
    const FORBIDDEN_DOMAIN = /[\0-\x20#%/:<>?@[\\\]^|\x7f]/;
    const COLON = 0x3a, DOT = 0x2e;

    /** Parses the host of a URL; isOpaque for non-special schemes. */
    function parse(input, isOpaque) {
        if (input.startsWith('[')) {
            if (!input.endsWith(']')) return null;
            const address = parseIPv6(input.slice(1, -1));
            return address && '[' + serializeIPv6(address) + ']';
        }
        if (isOpaque) return FORBIDDEN_HOST.test(input) ? null : percent.encode(input, percent.C0);
        const ascii = toAscii(percent.decode(input));
        if (ascii === null || FORBIDDEN_DOMAIN.test(ascii)) return null;
        return endsInNumber(ascii) ? parseIPv4(ascii) : ascii;
    }

    function toAscii(domain) {
        // ASCII domains without Punycode labels only need lower-casing; the rest goes to java.net.IDN.
        const plain = /^[\0-\x7f]*$/.test(domain) && !/(^|\.)xn--/i.test(domain);
        const result = plain ? domain.toLowerCase() : domainToAscii(domain);
        return result === '' ? null : result;
    }

    function endsInNumber(domain) {
        const parts = domain.split('.');
        if (parts[parts.length - 1] === '') {
            if (parts.length === 1) return false;
            parts.pop();
        }
        const last = parts[parts.length - 1];
        return /^[0-9]+$/.test(last) || /^0x[0-9a-f]*$/i.test(last);
    }

    function parseIPv4Number(input) {
        if (input === '') return NaN;
        let radix = 10;
        if (/^0x/i.test(input)) {
            input = input.slice(2);
            radix = 16;
        } else if (input.length > 1 && input[0] === '0') {
            input = input.slice(1);
            radix = 8;
        }
        if (input === '') return 0;
        const digits = radix === 16 ? /^[0-9a-f]+$/i : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
        return digits.test(input) ? parseInt(input, radix) : NaN;
    }

    function parseIPv4(input) {
        const parts = input.split('.');
        if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
        if (parts.length > 4) return null;
        const numbers = parts.map(parseIPv4Number);
        if (numbers.some(Number.isNaN)) return null;
        const last = numbers.pop();
        if (numbers.some((n) => n > 255) || last >= 256 ** (4 - numbers.length)) return null;
        const address = numbers.reduce((sum, n, i) => sum + n * 256 ** (3 - i), last);
        return [24, 16, 8, 0].map((shift) => (address >>> shift) & 0xff).join('.');
    }

    const isDigit = (c) => c >= 0x30 && c <= 0x39;

    /** The eight 16-bit pieces of an IPv6 address, or null. */
    function parseIPv6(input) {
        const address = [0, 0, 0, 0, 0, 0, 0, 0];
        const at = (i) => (i < input.length ? input.charCodeAt(i) : -1);
        let pieceIndex = 0, compress = null, pointer = 0;
        if (at(0) === COLON) {
            if (at(1) !== COLON) return null;
            pointer = 2;
            compress = pieceIndex = 1;
        }
        while (at(pointer) !== -1) {
            if (pieceIndex === 8) return null;
            if (at(pointer) === COLON) {
                if (compress !== null) return null;
                pointer++;
                compress = ++pieceIndex;
                continue;
            }
            let value = 0, length = 0;
            while (length < 4 && percent.isHex(at(pointer))) {
                value = value * 16 + percent.hexValue(at(pointer++));
                length++;
            }
            if (at(pointer) === DOT) {
                if (length === 0 || pieceIndex > 6) return null;
                pointer -= length;
                const pieces = parseEmbeddedIPv4(at, pointer);
                if (pieces === null) return null;
                address[pieceIndex++] = pieces[0];
                address[pieceIndex++] = pieces[1];
                break;
            } else if (at(pointer) === COLON) {
                if (at(++pointer) === -1) return null;
            } else if (at(pointer) !== -1) {
                return null;
            }
            address[pieceIndex++] = value;
        }
        if (compress !== null) {
            // Moves the pieces after '::' to the end, leaving zeros where it was.
            let swaps = pieceIndex - compress;
            for (pieceIndex = 7; pieceIndex !== 0 && swaps > 0; pieceIndex--, swaps--) {
                const other = compress + swaps - 1;
                [address[pieceIndex], address[other]] = [address[other], address[pieceIndex]];
            }
        } else if (pieceIndex !== 8) {
            return null;
        }
        return address;
    }

    /** The dotted-decimal tail of an IPv6 address ("::1.2.3.4") as two pieces, or null. */
    function parseEmbeddedIPv4(at, pointer) {
        let high = 0, low = 0, numbersSeen = 0;
        while (at(pointer) !== -1) {
            if (numbersSeen > 0) {
                if (at(pointer) !== DOT || numbersSeen >= 4) return null;
                pointer++;
            }
            if (!isDigit(at(pointer))) return null;
            let piece = -1;
            while (isDigit(at(pointer))) {
                const digit = at(pointer++) - 0x30;
                if (piece === 0) return null;
                piece = piece < 0 ? digit : piece * 10 + digit;
                if (piece > 255) return null;
            }
            if (numbersSeen < 2) high = high * 0x100 + piece;
            else low = low * 0x100 + piece;
            numbersSeen++;
        }
        return numbersSeen === 4 ? [high, low] : null;
    }

    function serializeIPv6(address) {
        // The first longest run of two or more zero pieces becomes '::'.
        let compress = -1, runLength = 1;
        for (let i = 0; i < 8; ) {
            let end = i;
            while (end < 8 && address[end] === 0) end++;
            if (end - i > runLength) {
                compress = i;
                runLength = end - i;
            }
            i = Math.max(end, i + 1);
        }
        let output = '';
        for (let i = 0; i < 8; i++) {
            if (i === compress) {
                output += i === 0 ? '::' : ':';
                i += runLength - 1;
                continue;
            }
            output += address[i].toString(16) + (i === 7 ? '' : ':');
        }
        return output;
    }

    return { parse };
})
