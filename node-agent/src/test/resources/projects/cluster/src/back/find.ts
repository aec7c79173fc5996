import { NotFound } from 'cleave';

/** Throws NotFound for anything but 'pear'. */
export default async function find(name: string): Promise<string> {
    if (name !== 'pear') {
        throw new NotFound(`no ${name} here`);
    }
    return 'found pear';
}
