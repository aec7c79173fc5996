globalThis.setUpRan = (globalThis.setUpRan ?? 0) + 1;
console.info('setUp ran');
