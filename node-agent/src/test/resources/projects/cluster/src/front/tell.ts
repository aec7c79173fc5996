import secret from '../back/secret';

/** Calls a protected procedure of another node: internal calls need no trust key. */
export default async function tell(): Promise<string> {
    return `told: ${await secret()}`;
}
