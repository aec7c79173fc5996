import fail from '../stock/fail';

/** Calls segment stock, which throws; the error reaches the caller unchanged. */
export default async function order(kind: string): Promise<never> {
    return fail(kind);
}
