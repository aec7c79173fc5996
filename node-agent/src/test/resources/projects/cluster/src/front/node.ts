/** This node's id: one per process (the tests run one loop per node). */
const NODE = crypto.randomUUID();

export default async function node(): Promise<string> {
    return NODE;
}
