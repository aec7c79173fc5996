export async function* feed() { yield 1; }
