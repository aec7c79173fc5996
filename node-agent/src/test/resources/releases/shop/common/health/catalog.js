import getProduct from '../__remote__/catalog/getProduct.js';

export default {
    name: 'catalog',
    timeout: 500,
    async isHealthy() {
        return (await getProduct('apple')).name === 'Apple';
    }
};
