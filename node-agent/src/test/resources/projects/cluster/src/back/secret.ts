/** Protected: other nodes may call it, outside callers need the trust key. */
export default async function secret(): Promise<string> {
    return 'the secret';
}
