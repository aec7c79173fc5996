import { increment, decrement, value, reset, getMany } from 'cleave/counters';

/** Increments the counter times times, all at once on this loop, and gives the last value seen. */
export async function bump(key: string, times: number): Promise<number> {
    const values = await Promise.all(Array.from({ length: times }, () => increment(key)));
    return Math.max(...values);
}

export async function add(key: string, amount: number): Promise<number> {
    return amount < 0 ? decrement(key, -amount) : increment(key, amount);
}

export async function read(key: string): Promise<number> {
    return value(key);
}

export async function clear(key: string): Promise<boolean> {
    return reset(key);
}

export async function readCounters(keys: string[]): Promise<number[]> {
    return getMany(keys);
}

/** Reads all keys at once (one loop turn, so they are read together). */
export async function readTogether(keys: string[]): Promise<number[]> {
    return Promise.all(keys.map(key => value(key)));
}
