import { subscribe } from 'cleave/events';
import { increment } from 'cleave/counters';

/** A second segment on the same topic: it gets each event once too. */
subscribe('liked', async (event: { key: string }) => {
    await increment(`audited:${event.key}`);
});

export async function audited(key: string): Promise<string> {
    return key;
}
