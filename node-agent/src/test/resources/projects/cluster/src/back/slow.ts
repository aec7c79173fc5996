import { increment } from 'cleave/counters';
import node from './node';

/** Takes ms milliseconds, then names the node that ran it; with a key, counts its runs under runs:<key> first. */
export default async function slow(ms: number, key?: string): Promise<string> {
    if (key !== undefined) await increment(`runs:${key}`);
    await new Promise(resolve => setTimeout(resolve, ms));
    return node();
}
