export default { name: 'always', async isHealthy() { return true; } };
