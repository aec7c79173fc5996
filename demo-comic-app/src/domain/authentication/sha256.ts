// SHA-256 (FIPS 180-4) compression, synchronous, for PBKDF2: the runtime's crypto.subtle has
// digest but no deriveBits, and an awaited digest per HMAC step costs ~0.5 ms, which makes a
// slow hash far too slow. Here an HMAC step is two compressions from precomputed pad states.
const K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** Compresses the 16 words of block into state (8 words), in place. */
export function compress(state: Uint32Array, block: Uint32Array, w = new Uint32Array(64)): void {
    for (let i = 0; i < 16; i++) w[i] = block[i];
    for (let i = 16; i < 64; i++) {
        const a = w[i - 15], b = w[i - 2];
        const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
        const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
    for (let i = 0; i < 64; i++) {
        const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
        const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    state[0] += a; state[1] += b; state[2] += c; state[3] += d; state[4] += e; state[5] += f; state[6] += g; state[7] += h;
}

/** SHA-256 of bytes. */
export function sha256(bytes: Uint8Array): Uint8Array {
    return toBytes(hashFrom(Uint32Array.from(INITIAL), bytes, 0));
}

/** Continues a hash from state after `before` bytes already compressed, over bytes, with the final padding. */
function hashFrom(state: Uint32Array, bytes: Uint8Array, before: number): Uint32Array {
    const total = before + bytes.length;
    const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
    padded.set(bytes);
    padded[bytes.length] = 0x80;
    const view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(total * 8 / 2 ** 32));
    view.setUint32(padded.length - 4, (total * 8) >>> 0);
    const block = new Uint32Array(16);
    const w = new Uint32Array(64);
    for (let offset = 0; offset < padded.length; offset += 64) {
        for (let i = 0; i < 16; i++) block[i] = view.getUint32(offset + i * 4);
        compress(state, block, w);
    }
    return state;
}

function toBytes(state: Uint32Array): Uint8Array {
    const out = new Uint8Array(32);
    const view = new DataView(out.buffer);
    state.forEach((word, i) => view.setUint32(i * 4, word));
    return out;
}

/** PBKDF2 (RFC 8018) with HMAC-SHA-256, one 32-byte block. */
export function pbkdf2Sha256(password: Uint8Array, salt: Uint8Array, iterations: number): Uint8Array {
    const key = password.length > 64 ? sha256(password) : password;
    const pad = (value: number) => {
        const block = new Uint8Array(64).fill(value);
        key.forEach((byte, i) => { block[i] ^= byte; });
        const state = Uint32Array.from(INITIAL);
        const view = new DataView(block.buffer);
        const words = new Uint32Array(16);
        for (let i = 0; i < 16; i++) words[i] = view.getUint32(i * 4);
        compress(state, words);
        return state;
    };
    const inner = pad(0x36), outer = pad(0x5c);
    const first = new Uint8Array(salt.length + 4);
    first.set(salt);
    first[salt.length + 3] = 1;
    const hmacBytes = (message: Uint8Array) => {
        const innerHash = toBytes(hashFrom(inner.slice(), message, 64));
        return hashFrom(outer.slice(), innerHash, 64);
    };
    // U1 from the salt; then each U is one 32-byte message: two single-block compressions
    let u = hmacBytes(first);
    const result = u.slice();
    const block = new Uint32Array(16);
    const w = new Uint32Array(64);
    const state = new Uint32Array(8);
    for (let n = 1; n < iterations; n++) {
        // inner: ipad state + U (8 words) + padding for 96 bytes in all
        block.set(u);
        block[8] = 0x80000000; block.fill(0, 9, 15); block[15] = 96 * 8;
        state.set(inner);
        compress(state, block, w);
        // outer: opad state + inner digest + padding
        block.set(state);
        u = outer.slice();
        compress(u, block, w);
        for (let i = 0; i < 8; i++) result[i] ^= u[i];
    }
    return toBytes(result);
}
