export async function sayHi(name = 'world'): Promise<string> {
    return `Hi, ${name}!`;
}

export async function sayHiV2(name = 'world', punctuation?: string): Promise<string> {
    return `Hi there, ${name}${punctuation ?? '!'}`;
}
