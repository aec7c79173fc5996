import listProducts from '../catalog/listProducts';

export default {
    name: 'catalog',
    timeout: 1000,
    async isHealthy(): Promise<boolean> {
        return (await listProducts()).length > 0;
    }
};
