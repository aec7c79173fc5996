import { format } from './format';
import shout from 'shout';
import { whisper } from 'shout/whisper';
import plain from '@acme/plain';
import legacy from 'legacy';
import { NotFound } from 'jitar';
import { NotFound as SameNotFound } from 'cleave';

export default async function sayHi(name) {
    if (!name) throw new NotFound('nobody to greet');
    return format(name);
}

export async function loud(name) {
    return shout(format(name)) + ' ' + whisper(name) + ' ' + plain() + ' ' + legacy();
}

export async function sameErrorClass() {
    return NotFound === SameNotFound && new NotFound() instanceof SameNotFound;
}

export async function callElsewhere() {
    const { __run } = await import('cleave/remote');
    return __run('other/segment', '1.0.0', { id: 1 });
}
