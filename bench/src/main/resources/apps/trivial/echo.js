// The smallest async procedure: what a call through the runtime costs when the code costs nothing.
export async function echo(value) {
    return value;
}
