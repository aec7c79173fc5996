import { NODE } from '../shared/node';

export default async function where(): Promise<string> {
    return NODE;
}
