import getProduct from '../__remote__/catalog/getProduct.js';

export default async function placeOrder(productId, quantity = 1) {
    const product = await getProduct(productId);
    return { product: product.name, quantity, total: product.price * quantity };
}

export async function slowOrder(ms) {
    await new Promise(resolve => setTimeout(resolve, ms));
    return `done after ${ms} ms`;
}
