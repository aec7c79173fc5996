import { value } from 'cleave/counters';

/** How many calls of retryable run on the node with this id now. */
export default async function active(node: string): Promise<number> {
    return value(`active:${node}`);
}
