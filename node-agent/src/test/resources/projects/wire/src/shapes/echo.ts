/** Sends back what it got: each value kind makes the round trip over the wire. */
export default async function echo(value: unknown): Promise<unknown> {
    return value;
}
