export default {
    async handle(request, next) {
        const token = request.getHeader('authorization');
        if (token) request.setArgument('*requester', token.replace('Bearer ', ''));
        const response = await next();
        response.setHeader('x-served-by', 'cleave-test');
        if (request.fqn === 'greetings/whoAmI' && !token) response.setHeader('location', '/login');
        return response;
    }
};
