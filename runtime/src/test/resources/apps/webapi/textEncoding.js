// Exercises TextEncoder and TextDecoder for TextEncodingTest; every export returns plain data.

const bytes = (...values) => new Uint8Array(values);
const list = (array) => Array.from(array);

function attempt(f) {
    try {
        return f();
    } catch (error) {
        return `${error.name}: ${error.message}`;
    }
}

export async function encoding() {
    const encoder = new TextEncoder();
    return {
        encoding: encoder.encoding,
        loneSurrogates: list(encoder.encode('a\uD800b\uDC00')),
        trailingHighSurrogate: list(encoder.encode('a\uD800')),
        pair: list(encoder.encode('\u20ac\uD83D\uDE00')),
        nothing: list(encoder.encode()),
        isUint8Array: encoder.encode('x') instanceof Uint8Array,
        withoutNew: attempt(() => TextEncoder()).split(':')[0]
    };
}

export async function encodingInto() {
    const encoder = new TextEncoder();
    const target = new Uint8Array(5);
    const partial = encoder.encodeInto('a\u20ac\uD83D\uDE00', target);
    const big = new Uint8Array(8);
    const offset = encoder.encodeInto('h\u00e9', big.subarray(3, 6));
    const lone = new Uint8Array(6);
    const loneResult = encoder.encodeInto('\uD800x', lone);
    return {
        partial: [partial.read, partial.written, list(target)],
        noRoomForFourBytes: Object.values(encoder.encodeInto('\uD83D\uDE00', new Uint8Array(3))),
        offset: [offset.read, offset.written, list(big)],
        lone: [loneResult.read, loneResult.written, list(lone)],
        notUint8Array: attempt(() => encoder.encodeInto('a', new Uint16Array(2))).split(':')[0]
    };
}

export async function decode(label, options, values) {
    return attempt(() => new TextDecoder(label, options ?? undefined).decode(new Uint8Array(values)));
}

export async function streaming() {
    const euro = new TextDecoder();
    const emoji = new TextDecoder();
    const utf16 = new TextDecoder('utf-16le');
    const bom = new TextDecoder();
    const fatal = new TextDecoder('utf-8', { fatal: true });
    const reused = new TextDecoder();
    return {
        euro: [euro.decode(bytes(0xe2, 0x82), { stream: true }), euro.decode(bytes(0xac))],
        emojiByteByByte: [0xf0, 0x9f, 0x98, 0x80].map((b) => emoji.decode(bytes(b), { stream: true })).concat(emoji.decode()),
        truncatedAtEnd: (() => {
            const d = new TextDecoder();
            return [d.decode(bytes(0x61, 0xe2, 0x82), { stream: true }), d.decode()];
        })(),
        fatalTruncatedAtEnd: attempt(() => {
            fatal.decode(bytes(0xe2), { stream: true });
            return fatal.decode();
        }).split(':')[0],
        utf16SplitPair: [utf16.decode(bytes(0x3d), { stream: true }), utf16.decode(bytes(0xd8, 0x00), { stream: true }), utf16.decode(bytes(0xde))],
        bomSplit: [bom.decode(bytes(0xef, 0xbb), { stream: true }), bom.decode(bytes(0xbf, 0x61), { stream: true }),
            bom.decode(bytes(0xef, 0xbb, 0xbf))],
        bomAgainAfterFlush: [reused.decode(bytes(0xef, 0xbb, 0xbf, 0x61)), reused.decode(bytes(0xef, 0xbb, 0xbf, 0x62))]
    };
}

export async function labels(names) {
    return names.map((name) => attempt(() => new TextDecoder(name).encoding));
}

export async function attributes() {
    const plain = new TextDecoder();
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const latin = new TextDecoder('latin1', { fatal: true });
    return {
        plain: [plain.encoding, plain.fatal, plain.ignoreBOM],
        strict: [strict.encoding, strict.fatal, strict.ignoreBOM],
        latin: [latin.encoding, latin.fatal, latin.ignoreBOM],
        tag: Object.prototype.toString.call(plain),
        withoutNew: attempt(() => TextDecoder()).split(':')[0],
        badOptions: attempt(() => new TextDecoder('utf-8', 5)).split(':')[0]
    };
}

export async function inputs() {
    const decoder = new TextDecoder();
    const latin = new TextDecoder('windows-1252');
    const buffer = new Uint8Array([0x61, 0x62, 0x63, 0x64, 0xe9]).buffer;
    const detached = new ArrayBuffer(4);
    detached.transfer();
    const shared = new Uint8Array(new SharedArrayBuffer(2));
    shared.set([0x6f, 0x6b]);
    return {
        arrayBuffer: decoder.decode(buffer.slice(0, 4)),
        dataView: decoder.decode(new DataView(buffer, 1, 2)),
        offsetView: decoder.decode(new Uint8Array(buffer, 2, 2)),
        wideView: decoder.decode(new Uint16Array([0x6261, 0x6463]).subarray(1)),
        sharedBuffer: decoder.decode(shared),
        detached: decoder.decode(detached),
        nothing: decoder.decode(),
        latinDataView: latin.decode(new DataView(buffer, 3, 2)),
        latinDetached: latin.decode(detached),
        string: attempt(() => decoder.decode('abc')),
        nullInput: attempt(() => decoder.decode(null)).split(':')[0]
    };
}

export async function largeWindows1252() {
    const input = new Uint8Array(20000).map((_, i) => i & 0xff);
    const text = new TextDecoder('latin1').decode(input);
    return { length: text.length, euro: text[0x80], last: text.charCodeAt(19999) };
}
