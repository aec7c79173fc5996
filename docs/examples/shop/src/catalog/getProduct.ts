import { NotFound } from 'jitar';
import Product from './Product';

const products = new Map([
    ['apple', new Product('apple', 'Apple', 3)],
    ['pear', new Product('pear', 'Pear', 4)],
]);

export default async function getProduct(id: string): Promise<Product> {
    const product = products.get(id);
    if (!product) throw new NotFound(`No product '${id}'`);
    return product;
}
