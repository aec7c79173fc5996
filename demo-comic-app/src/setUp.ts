// Seeds the demo on its first start: a few creators, follows, comics, a reaction and likes.
// Idempotent: the marker document is inserted first; a later start (or a second node) finds it taken.
// The seeding runs in the background (the runtime imports setUp modules without waiting for a
// top-level await), so the node serves at once and the seed data appears within seconds. On a
// cluster node, setUp runs before the node has joined and the state is reachable: the marker
// is tried again every second until the state answers.
import { markers } from './domain/store/collections';
import seed from './domain/seed/seed';

const MARKER = 'seed-v1';
const TRIES = 300;

async function claimMarker(): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
        try {
            await markers.insert({ id: MARKER, at: Date.now() });
            return true;
        } catch (error: any) {
            if (String(error?.message).includes('already has a document')) return false;
            if (attempt >= TRIES) throw error;
            await new Promise(resolve => setTimeout(resolve, 1000));
        }
    }
}

async function seedOnce(): Promise<void> {
    if (!await claimMarker()) {
        console.log('comic demo: seed data present');
        return;
    }
    const counts = await seed();
    console.log(`comic demo: seeded ${counts.creators} creators and ${counts.posts} posts`);
}

seedOnce().catch(error => console.error(`comic demo: seeding failed: ${error?.message ?? error}`));
