export default async function hello(name: string): Promise<string> {
    return `Hello ${name}, from the server`;
}
