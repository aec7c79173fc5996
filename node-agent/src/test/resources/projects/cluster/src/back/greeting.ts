import Greeting from './Greeting';

/** Answers a class instance. */
export default async function greeting(name: string): Promise<Greeting> {
    return new Greeting(`hi ${name}`);
}
