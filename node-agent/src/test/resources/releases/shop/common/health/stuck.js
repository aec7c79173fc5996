export default { name: 'stuck', timeout: 100, isHealthy: () => new Promise(() => {}) };
