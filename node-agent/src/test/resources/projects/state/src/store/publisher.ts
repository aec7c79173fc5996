import { publish as send } from 'cleave/events';

export async function publish(topic: string, event: unknown): Promise<boolean> {
    await send(topic, event);
    return true;
}
