async function orders(page = 1) {
    return { page };
}
export { orders as default };
