import { NotFound } from 'cleave';

const products = { apple: { name: 'Apple', price: 3 }, pear: { name: 'Pear', price: 4 } };
let calls = 0;

export default async function getProduct(id) {
    calls++;
    const product = products[id];
    if (!product) throw new NotFound(`no product '${id}'`);
    return product;
}

export async function countCalls() {
    return calls;
}

export async function setUpRuns() {
    return globalThis.setUpRan ?? 0;
}
