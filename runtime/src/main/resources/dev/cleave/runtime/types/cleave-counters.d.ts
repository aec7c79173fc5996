// Types of Cleave's built-in module 'cleave/counters' (docs/state/counters.md).
declare module 'cleave/counters' {
    /** Adds amount (a whole number, default 1) in one atomic step; gives the new value. */
    export function increment(key: string, amount?: number): Promise<number>;
    /** Subtracts amount (default 1) in one atomic step; gives the new value. */
    export function decrement(key: string, amount?: number): Promise<number>;
    /** The value; 0 for a counter that was never changed. */
    export function value(key: string): Promise<number>;
    /** The values of up to 1000 counters in the order of keys (0 for one never changed), in one round trip. */
    export function getMany(keys: string[]): Promise<number[]>;
    /** Removes the counter (it reads 0 again); false when it did not exist. */
    export function reset(key: string): Promise<boolean>;
}
