export async function ping() {
    return 'pong';
}
