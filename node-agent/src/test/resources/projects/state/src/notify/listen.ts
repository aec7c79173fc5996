import { subscribe } from 'cleave/events';
import { increment } from 'cleave/counters';
import { collection } from 'cleave/documents';

/** This loop's id; the cluster test runs one loop per node, so it names the node. */
const NODE = crypto.randomUUID();
const started = collection('started', { indexes: ['key'] });

type Liked = { key: string, fail?: boolean, slowMs?: number };

subscribe('liked', async (event: Liked) => {
    await increment(`attempts:${event.key}`);
    if (event.fail) throw new Error(`refused ${event.key}`);
    if (event.slowMs) {
        await started.insert({ id: `${event.key}:${NODE}`, key: event.key, node: NODE });
        await new Promise(resolve => setTimeout(resolve, event.slowMs));
    }
    await increment(`handled:${event.key}`);
});

export async function whoami(): Promise<string> {
    return NODE;
}

/** The nodes that started handling the slow event with this key. */
export async function startedBy(key: string): Promise<string[]> {
    return (await started.find({ where: { key } })).map((entry: any) => entry.node);
}
