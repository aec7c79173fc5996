// Types of Cleave's built-in module 'cleave/events' (docs/state/events.md).
declare module 'cleave/events' {
    export interface EventMeta {
        id: string;
        topic: string;
        /** 1 on the first attempt. */
        attempt: number;
        /** Epoch milliseconds. */
        publishedAt: number;
    }

    /** Keeps event (a JSON value) for every segment that subscribes to topic. */
    export function publish(topic: string, event: unknown): Promise<void>;
    /** Call at the top level of a module of a segment: the segment handles the topic's events. */
    export function subscribe<T = any>(topic: string, handler: (event: T, meta: EventMeta) => unknown): void;
}
