// Shared: what a session is stored under. The store keeps the SHA-256 of the bearer token, never the
// token itself, so whoever reads the sessions collection (a backup, a member of the cluster) cannot
// use a session from it.
import { hex } from '../authentication/password';

export async function tokenId(token: string): Promise<string> {
    return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token))));
}
