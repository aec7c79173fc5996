export default async function secret(): Promise<string> {
    return 'the server-only secret';
}
