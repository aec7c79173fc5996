import { NotFound } from 'jitar';

export default async function findPoint(name: string): Promise<never> {
    throw new NotFound(`no point named '${name}'`);
}
