import { shout } from '../shapes/format';

export default async function hello(name: string): Promise<string> {
    return shout(`server says hello to ${name}`);
}
