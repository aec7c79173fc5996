import hello from '../src/greet/hello';
import { makePoint, origin, UNIT } from '../src/shapes/points';
import secret from '../src/admin/secret';
import { shout } from '../src/shapes/format';
import { kebab } from 'tiny-case';
import logo from './img/logo.svg';
import './style.css';

export async function run(out: HTMLElement): Promise<void> {
    out.textContent = kebab(shout(await hello('ann'))) + logo + UNIT + (await makePoint(2)).length();
    await origin();
    await secret();
}

run(document.getElementById('out')!);
