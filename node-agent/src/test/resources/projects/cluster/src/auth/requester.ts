/** A worker's server middleware: the requester from the authorization header, and a mark on the response. */
export default {
    async handle(request: any, next: () => Promise<any>) {
        const token = request.getHeader('authorization');
        if (token !== undefined) request.setArgument('*requester', String(token).replace('Bearer ', ''));
        const response = await next();
        response.setHeader('x-middleware', 'back');
        return response;
    }
};
