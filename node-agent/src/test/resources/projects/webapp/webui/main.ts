// Each scenario calls the server through a plain import and renders what it got.
import hello from '../src/web/hello';
import makePoint from '../src/web/makePoint';
import findPoint from '../src/web/findPoint';
import secret from '../src/web/secret';
import where from '../src/web/where';
import whereFar from '../src/far/where';
import Point from '../src/web/Point';
import { NotFound } from 'jitar';
import { quote } from 'tiny-format';

async function scenario(id: string, run: () => Promise<string>): Promise<void> {
    const element = document.getElementById(id)!;
    try {
        element.textContent = await run();
    } catch (error) {
        element.textContent = `unexpected ${(error as Error).name}: ${(error as Error).message}`;
    }
    element.dataset.done = 'true';
}

scenario('hello', async () => quote(await hello('Ann')));

scenario('point', async () => {
    const point = await makePoint(3, 4);
    return `${point instanceof Point} ${point.length()}`;
});

scenario('not-found', async () => {
    try {
        await findPoint('nowhere');
        return 'no error';
    } catch (error) {
        return `${error instanceof NotFound} ${(error as NotFound & { status: number }).status} ${(error as Error).message}`;
    }
});

scenario('secret', async () => {
    try {
        return `not refused: ${await secret()}`;
    } catch (error) {
        return `refused: ${(error as Error).name} ${(error as { status?: number }).status}`;
    }
});

scenario('nodes', async () => `web=${await where()} far=${await whereFar()}`);
