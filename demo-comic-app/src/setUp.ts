// Seeds the demo on its first start: a few creators, follows, comics, a reaction and likes.
// Idempotent: the marker document is inserted first; a later start (or a second node) finds it taken.
// The seeding runs in the background (the runtime imports setUp modules without waiting for a
// top-level await), so the node serves at once and the seed data appears within seconds.
import { markers } from './domain/store/collections';
import seed from './domain/seed/seed';

const MARKER = 'seed-v1';

async function seedOnce(): Promise<void> {
    const first = await markers.insert({ id: MARKER, at: Date.now() }).then(() => true, () => false);
    if (!first) {
        console.log('comic demo: seed data present');
        return;
    }
    const counts = await seed();
    console.log(`comic demo: seeded ${counts.creators} creators and ${counts.posts} posts`);
}

seedOnce().catch(error => console.error(`comic demo: seeding failed: ${error?.message ?? error}`));
