import { collection } from 'cleave/documents';

/** Posts, with the indexes their queries use. */
const posts = collection('posts', { indexes: ['authorId', 'createdAt', 'meta.score'] });

export async function insert(document: object): Promise<object> {
    return posts.insert(document);
}

export async function get(id: string): Promise<object | null> {
    return posts.get(id);
}

export async function replace(document: object): Promise<object> {
    return posts.replace(document);
}

export async function update(id: string, fields: object): Promise<object> {
    return posts.update(id, fields);
}

export async function remove(id: string): Promise<boolean> {
    return posts.delete(id);
}

export async function find(query: object): Promise<object[]> {
    return posts.find(query);
}

/** Inserts count documents {id: prefix-i, n: i} at once, for tests that need many. */
export async function fill(prefix: string, count: number): Promise<number> {
    const inserted = await Promise.all(Array.from({ length: count },
        (_, i) => posts.insert({ id: `${prefix}-${i}`, batch: prefix, n: i })));
    return inserted.length;
}

/** How many documents of one fill are there. */
export async function countBatch(prefix: string): Promise<number> {
    return (await posts.find({ where: { batch: prefix } })).length;
}

export async function getMany(ids: string[], fields?: string[]): Promise<(object | null)[]> {
    return posts.getMany(ids, fields ? { fields } : {});
}

export async function count(where: object): Promise<number> {
    return posts.count(where);
}

export async function findPage(query: object): Promise<object> {
    return posts.findPage(query);
}

/** Inserts count documents {id: prefix-i, batch: prefix, createdAt: base + i * step % modulo} at once, some without createdAt. */
export async function fillTimes(prefix: string, count: number, modulo: number, base = 1_000_000): Promise<number> {
    const inserted = await Promise.all(Array.from({ length: count }, (_, i) => posts.insert(i % 10 === 9
        ? { id: `${prefix}-${i}`, batch: prefix, n: i }
        : { id: `${prefix}-${i}`, batch: prefix, n: i, createdAt: base + (i * 7919) % modulo })));
    return inserted.length;
}

/**
 * Gets all ids at once (one loop turn, so they are read together): for each, the document, or the
 * error's class and message; and whether the answers for equal ids are separate objects.
 */
export async function getTogether(ids: string[]): Promise<object> {
    const settled = await Promise.allSettled(ids.map(id => posts.get(id)));
    const answers = settled.map(result => result.status === 'fulfilled' ? { document: result.value }
        : { error: `${result.reason.constructor.name}: ${result.reason.message}` });
    const separate = ids.every((id, i) => ids.indexOf(id) === i || answers[i].document === null
        || answers[i].document !== answers[ids.indexOf(id)].document);
    return { answers, separate };
}
