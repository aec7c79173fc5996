import { requestContext } from 'cleave';

/** The request context as the innermost call sees it. */
export default async function context(): Promise<Record<string, unknown>> {
    const { headers, traceId, deadline } = requestContext();
    return { custom: headers.get('x-custom') ?? null, authorization: headers.get('authorization') ?? null,
        traceId: traceId ?? null, deadlineLeft: deadline === undefined ? null : deadline - Date.now() };
}
