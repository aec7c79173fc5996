// Server middleware (bff node): turns the bearer token of the Authorization header into the
// `requester` argument. It always sets `*requester` (null without a valid session), which wins
// over any `requester` the caller sent: the browser can never choose who it is.
import lookup from '../domain/session/lookup';

export default {
    async handle(request: any, next: () => Promise<any>) {
        const header = String(request.getHeader('authorization') ?? '');
        const token = header.toLowerCase().startsWith('bearer ') ? header.slice(7).trim() : '';
        request.removeArgument('requester');
        request.setArgument('*requester', token ? await lookup(token) : null);
        return next();
    },
};
