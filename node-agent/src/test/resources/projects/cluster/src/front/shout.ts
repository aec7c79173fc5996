import greeting from '../back/greeting';

/** Calls a method of an instance made in segment back: the instance arrives rebuilt as its class. */
export default async function shout(name: string): Promise<string> {
    return (await greeting(name)).shout();
}
