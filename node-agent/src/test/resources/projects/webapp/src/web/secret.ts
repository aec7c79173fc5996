/** Protected: a browser has no trust key, so the node refuses it. */
export default async function secret(): Promise<string> {
    return 'the secret';
}
