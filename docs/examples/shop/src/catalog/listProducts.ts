import getProduct from './getProduct';

export default async function listProducts(): Promise<string[]> {
    return Promise.all(['apple', 'pear'].map(async id => (await getProduct(id)).name));
}
