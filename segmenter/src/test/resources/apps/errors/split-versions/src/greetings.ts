export async function sayHi(name: string) { return `Hi ${name}`; }
export async function sayHiV2(name: string) { return `Hello ${name}`; }
