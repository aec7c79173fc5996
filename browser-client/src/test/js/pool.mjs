// The request pool on its own, with tasks that finish when the test says so.
import { Pool } from '../../main/js/pool.mjs';

function gate() {
    let open, fail;
    const promise = new Promise((resolve, reject) => { open = resolve; fail = reject; });
    return { promise, open, fail };
}

const turn = () => new Promise(resolve => setTimeout(resolve, 0));

/** Starts tasks in order of arrival, frees a place on failure too, and lets more run after a resize. */
export async function ordersFreesAndResizes() {
    const pool = new Pool(1);
    const started = [];
    const gates = [gate(), gate(), gate(), gate()];
    const runs = gates.map((g, i) => pool.run(() => { started.push(i); return g.promise; }));
    await turn();
    const first = { started: [...started], active: pool.active, queued: pool.queued };
    gates[0].fail(new Error('first failed'));
    const failed = await runs[0].catch(error => error.message);
    await turn();
    const afterFailure = [...started];
    pool.resize(3);
    await turn();
    const afterResize = { started: [...started], active: pool.active, queued: pool.queued };
    gates.slice(1).forEach((g, i) => g.open(`done ${i + 1}`));
    const results = await Promise.all(runs.slice(1));
    return { first, failed, afterFailure, afterResize, results, end: { active: pool.active, queued: pool.queued } };
}
