import node from './node';
import stamp from '../data/stamp';

/** Answers with a greeting made on this node; the text goes through segment data. */
export default async function hello(name: string): Promise<{ text: string, node: string }> {
    return { text: await stamp(`hello ${name}`), node: await node() };
}
