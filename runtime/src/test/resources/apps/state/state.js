// Calls of the state modules for StateApiTest; the store behind them is the test's double.
import { collection } from 'cleave/documents';
import { increment, decrement, value } from 'cleave/counters';
import { put, get } from 'cleave/blobs';
import { subscribe, publish } from 'cleave/events';

export async function query(q) {
    return collection('posts', { indexes: ['authorId', 'meta.score'] }).find(q);
}

export async function insertWithDate() {
    return collection('posts').insert({ id: 'p1', nested: { when: new Date(0) } });
}

export async function count() {
    await increment('likes', 3);
    await decrement('likes');
    return value('likes');
}

export async function roundTrip() {
    await put('img', new Uint8Array([1, 2, 3, 250]), { contentType: 'image/png' });
    const blob = await get('img');
    return { type: blob.contentType, size: blob.size, bytes: Array.from(blob.bytes) };
}

export async function lateSubscribe() {
    subscribe('t', () => {});
}

export async function send() {
    await publish('t', { n: 1 });
}
