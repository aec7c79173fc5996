import { getMany } from 'cleave/counters';

/** How many times slow ran with each of the keys (at most 1 000). */
export default async function runs(keys: string[]): Promise<number[]> {
    return getMany(keys.map(key => `runs:${key}`));
}
