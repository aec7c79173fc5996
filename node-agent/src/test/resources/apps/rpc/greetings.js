import { NotFound } from 'jitar';

export async function sayHi(name, greeting = 'Hi') {
    if (name === 'nobody') throw new NotFound(`nobody called ${name}`);
    return `${greeting}, ${name}!`;
}

export async function sayHiV2(name) {
    return `Hello there, ${name}!`;
}

export async function secret() {
    return 'protected result';
}

export async function hidden() {
    return 'private result';
}

export async function whoAmI(requester) {
    return requester;
}

export async function slow(ms) {
    await new Promise(resolve => setTimeout(resolve, ms));
    return ms;
}
