import { __run } from 'cleave/remote';

export default async function getProduct(id) {
    return __run('catalog/getProduct', '0.0.0', { 'id': id });
}
