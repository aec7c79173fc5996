import greet from '../greeting/greet';

export default async function chain(name: string): Promise<string> {
    return `chained: ${await greet(name)}`;
}
