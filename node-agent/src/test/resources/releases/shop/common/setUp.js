globalThis.setUpRan = (globalThis.setUpRan ?? 0) + 1;
