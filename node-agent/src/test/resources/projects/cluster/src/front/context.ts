import backContext from '../back/context';

/** The context seen two nodes away. */
export default async function context(): Promise<Record<string, unknown>> {
    return backContext();
}
