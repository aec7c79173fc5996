// Passwords are kept only as PBKDF2-HMAC-SHA-256 (RFC 8018) with a random 16-byte salt per user, at
// OWASP's 2023 count of 600 000 iterations. Web Crypto's deriveBits runs on a thread of the runtime,
// off the event loop, so a hash (about a quarter of a second) holds up no other call.
// The count is stored with each hash, so it can be raised later; verify uses the stored count.
export const ITERATIONS = 600_000;

export type PasswordHash = { salt: string, hash: string, iterations: number };

/** Compared against when a nickname is unknown, so that a wrong nickname takes as long as a wrong password. */
const DUMMY: PasswordHash = { salt: '00000000000000000000000000000000', hash: '0'.repeat(64), iterations: ITERATIONS };

export async function hashPassword(password: string, iterations = ITERATIONS): Promise<PasswordHash> {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    return { salt: hex(salt), hash: hex(await pbkdf2(password, salt, iterations)), iterations };
}

/** Whether the password matches; with a null hash (no such account) it does the same work and says false. */
export async function verifyPassword(password: string, stored: PasswordHash | null): Promise<boolean> {
    const against = stored ?? DUMMY;
    const actual = hex(await pbkdf2(password, unhex(against.salt), against.iterations));
    let difference = actual.length ^ against.hash.length;
    for (let i = 0; i < actual.length && i < against.hash.length; i++) difference |= actual.charCodeAt(i) ^ against.hash.charCodeAt(i);
    return stored !== null && difference === 0;
}

async function pbkdf2(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
    return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256));
}

export function hex(bytes: Uint8Array): string {
    return Array.from(bytes, byte => byte.toString(16).padStart(2, '0')).join('');
}

function unhex(text: string): Uint8Array {
    return new Uint8Array(text.match(/../g)!.map(pair => parseInt(pair, 16)));
}
