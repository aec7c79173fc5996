// The state bench's operations through the JavaScript API (bench/StateBench.java); DirectHazelcast
// does the same from Java. Each export runs count operations, inFlight at a time, on one loop: part
// `part` of `parts` (one per loop of the node), so operation i of this part is number part + i * parts.
import { collection } from 'cleave/documents';
import { increment as add } from 'cleave/counters';

const posts = collection('bench', { indexes: ['group'] });
const cached = collection('benchCached', { cache: { maxAge: 60, maxEntries: 100_000 } });
let runs = 0;

async function pool(count: number, inFlight: number, operation: (i: number) => Promise<unknown>,
                    part: number, parts: number): Promise<number> {
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < count; i = next++) await operation(part + i * parts);
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
    return count;
}

export async function put(count: number, inFlight: number, part = 0, parts = 1): Promise<number> {
    const run = `r${++runs}`;
    return pool(count, inFlight, i => posts.insert({ id: `${run}-${i}`, group: `g${i % 1000}`, title: `post ${i}`, n: i }), part, parts);
}

export async function get(count: number, inFlight: number, part = 0, parts = 1): Promise<number> {
    return pool(count, inFlight, i => posts.get(`r1-${i % 20_000}`), part, parts);
}

// ten ids per operation, as a timeline page reads its creators or comics
export async function getMany(count: number, inFlight: number, part = 0, parts = 1): Promise<number> {
    return pool(count, inFlight, i => posts.getMany(Array.from({ length: 10 }, (_, k) => `r1-${(i * 10 + k) % 20_000}`)), part, parts);
}

// reads of 1 000 documents of a collection with a near cache (the first read of each fills it)
export async function cachedGet(count: number, inFlight: number, part = 0, parts = 1): Promise<number> {
    if (await cached.get(`c${part}`) === null) { // each part fills its own share
        await pool(Math.ceil((1000 - part) / parts), inFlight, i => cached.insert({ id: `c${i}`, title: `creator ${i}` }), part, parts);
    }
    return pool(count, inFlight, i => cached.get(`c${i % 1000}`), part, parts);
}

export async function query(count: number, inFlight: number, part = 0, parts = 1): Promise<number> {
    return pool(count, inFlight, i => posts.find({ where: { group: `g${i % 1000}` } }), part, parts);
}

export async function increment(count: number, inFlight: number, part = 0, parts = 1): Promise<number> {
    return pool(count, inFlight, i => add(`c${i % 64}`), part, parts);
}
