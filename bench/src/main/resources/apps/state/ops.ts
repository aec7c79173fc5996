// The state bench's operations through the JavaScript API (bench/StateBench.java); DirectHazelcast
// does the same from Java. Each export runs count operations, inFlight at a time, on one loop.
import { collection } from 'cleave/documents';
import { increment as add } from 'cleave/counters';

const posts = collection('bench', { indexes: ['group'] });
let runs = 0;

async function pool(count: number, inFlight: number, operation: (i: number) => Promise<unknown>): Promise<number> {
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < count; i = next++) await operation(i);
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
    return count;
}

export async function put(count: number, inFlight: number): Promise<number> {
    const run = `r${++runs}`;
    return pool(count, inFlight, i => posts.insert({ id: `${run}-${i}`, group: `g${i % 1000}`, title: `post ${i}`, n: i }));
}

export async function get(count: number, inFlight: number): Promise<number> {
    return pool(count, inFlight, i => posts.get(`r1-${i % 20_000}`));
}

export async function query(count: number, inFlight: number): Promise<number> {
    return pool(count, inFlight, i => posts.find({ where: { group: `g${i % 1000}` } }));
}

export async function increment(count: number, inFlight: number): Promise<number> {
    return pool(count, inFlight, i => add(`c${i % 64}`));
}
