import { increment, decrement } from 'cleave/counters';
import node from './node';

/**
 * Declared idempotent in segments/back.json: takes ms milliseconds and names the node that ran it.
 * While it runs, the counter active:<node> counts it, so a test can kill a node in the middle of one.
 */
export default async function retryable(ms: number): Promise<string> {
    const me = await node();
    await increment(`active:${me}`);
    await new Promise(resolve => setTimeout(resolve, ms));
    await decrement(`active:${me}`);
    return me;
}
