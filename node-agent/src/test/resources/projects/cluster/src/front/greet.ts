import hello from '../back/hello';
import node from './node';

/** Crosses to segment back on another node, which crosses to segment data. */
export default async function greet(name: string): Promise<Record<string, string>> {
    const greeting = await hello(name);
    return { text: greeting.text, back: greeting.node, front: await node() };
}
