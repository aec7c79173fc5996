import node from './node';

/** Takes ms milliseconds, then names the node that ran it. */
export default async function slow(ms: number): Promise<string> {
    await new Promise(resolve => setTimeout(resolve, ms));
    return node();
}
