import find from '../back/find';

/** An error thrown on another node reaches this caller as its own class. */
export default async function lookup(name: string): Promise<string> {
    try {
        return await find(name);
    } catch (error) {
        return `${(error as Error).constructor.name}: ${(error as Error).message}`;
    }
}
