import { collection } from 'cleave/documents';
import { put, limit } from 'cleave/blobs';
import { increment } from 'cleave/counters';
import { publish } from 'cleave/events';

const posts = collection('posts');

/** Each kind of bad input the state modules must refuse with a clear error. */
export async function misuse(kind: string): Promise<unknown> {
    switch (kind) {
        case 'option': return collection('other', { index: ['a'] } as object);
        case 'function': return posts.insert({ id: 'bad-1', run: () => 1 });
        case 'date': return posts.insert({ id: 'bad-2', when: new Date(0) });
        case 'cycle': { const a: Record<string, unknown> = { id: 'bad-3' }; a.self = a; return posts.insert(a); }
        case 'operator': return posts.find({ where: { n: { $near: 3 } } });
        case 'blob': return put('too-big', new Uint8Array(limit() + 1), { contentType: 'image/png' });
        case 'amount': return increment('bad', 1.5);
        case 'duplicate': { await posts.insert({ id: 'dup' }).catch(() => null); return posts.insert({ id: 'dup' }); }
        case 'event': return publish('liked', { key: 'x', at: new Date() });
        case 'cursor': return posts.findPage({ sort: { createdAt: 'desc' }, limit: 5, after: 'bm90LWEtY3Vyc29y' });
        case 'many': return posts.getMany(Array.from({ length: 1001 }, (_, i) => `id-${i}`));
        case 'missing': return posts.update('no-such-post', { a: 1 });
        default: throw new Error(`unknown kind ${kind}`);
    }
}
