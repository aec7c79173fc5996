// The shop's page. It imports the server's procedures like any module; the build turns these
// imports into calls of the server (POST /rpc/catalog/listProducts, /rpc/orders/placeOrder).
import listProducts from '../src/catalog/listProducts';
import placeOrder from '../src/orders/placeOrder';
import { BadRequest, NotFound } from 'jitar';

const product = document.querySelector<HTMLSelectElement>('#product')!;
const quantity = document.querySelector<HTMLInputElement>('#quantity')!;
const result = document.querySelector<HTMLParagraphElement>('#result')!;

for (const name of await listProducts()) {
    product.add(new Option(name, name.toLowerCase()));
}

document.querySelector('#order')!.addEventListener('submit', async event => {
    event.preventDefault();
    try {
        const order = await placeOrder(product.value, Number(quantity.value));
        show(`${order.quantity} × ${order.product}: ${order.total} €`);
    } catch (error) {
        if (error instanceof BadRequest || error instanceof NotFound) show(error.message, true);
        else throw error;
    }
});

function show(text: string, isError = false): void {
    result.textContent = text;
    result.classList.toggle('error', isError);
}
