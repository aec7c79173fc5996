// Exercises atob and btoa for Base64Test; every export returns plain data.

function attempt(f) {
    try {
        return f();
    } catch (error) {
        return error instanceof DOMException ? `${error.name} (${error.code})` : error.name;
    }
}

export async function decode(input) {
    return attempt(() => atob(input));
}

export async function encode(input) {
    return attempt(() => btoa(input));
}

export async function specialArguments() {
    return {
        atobNull: attempt(() => atob(null)),
        atobUndefined: attempt(() => atob(undefined)),
        atobNumber: attempt(() => atob(1234)),
        atobNone: attempt(() => atob()),
        btoaNull: attempt(() => btoa(null)),
        btoaUndefined: attempt(() => btoa(undefined)),
        btoaNone: attempt(() => btoa()),
        globalsEnumerable: Object.keys(globalThis).filter((k) => k === 'atob' || k === 'btoa')
    };
}

export async function roundTrip(length) {
    let binary = '';
    for (let i = 0; i < length; i++) binary += String.fromCharCode((i * 7919) & 0xff);
    const encoded = btoa(binary);
    return { same: atob(encoded) === binary, encodedLength: encoded.length, spaced: atob(encoded.replace(/.{76}/g, '$&\r\n')) === binary };
}

export async function errorDetails() {
    try {
        atob('a');
        return null;
    } catch (error) {
        return { isDomException: error instanceof DOMException, name: error.name, code: error.code, message: error.message };
    }
}
