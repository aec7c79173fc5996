import { BadRequest } from 'jitar';
import getProduct from '../catalog/getProduct';

export default async function placeOrder(productId: string, quantity = 1) {
    if (!Number.isInteger(quantity) || quantity < 1) throw new BadRequest('quantity must be a whole number above 0');
    const product = await getProduct(productId);
    return { product: product.name, quantity, total: product.total(quantity) };
}
