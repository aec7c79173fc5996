// Seeds the demo on its first start: a few creators, follows, comics, a reaction and likes.
// The marker 'seed-v1' is written once everything is there; a later start finds it and stops.
// The seeding runs in the background (the runtime imports setUp modules without waiting for a
// top-level await), so the node serves at once and the seed data appears within seconds. When a
// try fails — on a cluster node, setUp runs before the node has joined and the state answers; a
// step past the setUp's deadline is interrupted and its promise may never settle, so a try also
// ends after TRY_MILLIS — it is tried again a second later, and the seed, being resumable,
// carries on where it stopped.
import { markers } from './domain/store/collections';
import seed from './domain/seed/seed';

const MARKER = 'seed-v1';
const TRIES = 300;
/** A try that has not settled by then is given up (an interrupted step may leave its promise pending forever). */
const TRY_MILLIS = 20_000;

async function seedOnce(): Promise<string> {
    if (await markers.get(MARKER) !== null) return 'comic demo: seed data present';
    const counts = await seed();
    await markers.insert({ id: MARKER, at: Date.now() });
    return `comic demo: seeded ${counts.creators} creators and ${counts.posts} posts`;
}

async function seedWithRetries(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
        try {
            console.log(await withTimeout(seedOnce(), TRY_MILLIS));
            return;
        } catch (error: any) {
            if (attempt >= TRIES) {
                console.error(`comic demo: seeding failed: ${error?.message ?? error}`);
                return;
            }
            await new Promise(resolve => setTimeout(resolve, 1000));
        }
    }
}

function withTimeout<T>(work: Promise<T>, millis: number): Promise<T> {
    let timer: any;
    const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('seeding try timed out')), millis); });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

seedWithRetries();
