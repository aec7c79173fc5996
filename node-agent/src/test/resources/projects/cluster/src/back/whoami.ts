/** Who the worker's middleware says is asking ('*requester'), or 'nobody'. */
export default async function whoami(requester?: string): Promise<string> {
    return requester ?? 'nobody';
}
