// Passwords are kept only as PBKDF2-HMAC-SHA-256 (RFC 8018) with a random 16-byte salt per user.
// ITERATIONS is stored with each hash, so it can be raised later; verify uses the stored count.
import { pbkdf2Sha256 } from './sha256';

export const ITERATIONS = 20_000;

export type PasswordHash = { salt: string, hash: string, iterations: number };

export async function hashPassword(password: string, iterations = ITERATIONS): Promise<PasswordHash> {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    return { salt: hex(salt), hash: hex(pbkdf2(password, salt, iterations)), iterations };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
    const actual = hex(pbkdf2(password, unhex(stored.salt), stored.iterations));
    let difference = actual.length ^ stored.hash.length;
    for (let i = 0; i < actual.length && i < stored.hash.length; i++) difference |= actual.charCodeAt(i) ^ stored.hash.charCodeAt(i);
    return difference === 0;
}

function pbkdf2(password: string, salt: Uint8Array, iterations: number): Uint8Array {
    return pbkdf2Sha256(new TextEncoder().encode(password), salt, iterations);
}

export function hex(bytes: Uint8Array): string {
    return Array.from(bytes, byte => byte.toString(16).padStart(2, '0')).join('');
}

function unhex(text: string): Uint8Array {
    return new Uint8Array(text.match(/../g)!.map(pair => parseInt(pair, 16)));
}
